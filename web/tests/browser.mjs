// Skenario's browser build in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), against the site in target/web/ served on localhost by this script.
//
//   node web/tests/browser.mjs            the checks; exits 1 on the first that fails
//   node web/tests/browser.mjs --shots    also writes screenshots to target/web-shots/
//
// The window is drawn on a canvas, so the checks read what the page exposes: its address (the
// fragment names the open scenario), its title (the window's, with `*` for unsaved work), its
// local storage (drafts), its console, and pixels. Clicks go to where the 1280 × 800 layout
// puts the controls; a check after each click says when the layout has moved.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { browser, clickAndSettle, open, settle, withBrowser } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = path.join(root, 'target', 'web');
const shots = path.join(root, 'target', 'web-shots');
const UKRAINE = '#case=ukraine-reassurance-force';

// Where the 1280 × 800 English layout puts what the checks click.
const CEASEFIRE_YES = { x: 28, y: 189 };
const RECOVER = { x: 458, y: 438 };
const FILE_MENU = { x: 22, y: 12 };
const MENU_OPEN = { x: 44, y: 65 };
const MENU_NEW_CASE = { x: 100, y: 129 };
const MENU_SAVE = { x: 80, y: 257 };
const MENU_EXPORT = { x: 82, y: 347 };
const MENU_UNREADABLE = { x: 123, y: 373 };
const MENU_DELETE_UNREADABLE = { x: 118, y: 399 };
const DELETE_PROMPT_DOWNLOAD = { x: 492, y: 447 };
const DELETE_PROMPT_DELETE = { x: 605, y: 447 };
const EXPORT_GO = { x: 412, y: 504 };
const BAHASA_INDONESIA = { x: 1203, y: 12 };
const FIRST_LESSON = { x: 503, y: 272 };
// The new-case dialog and the editor, in English at 1280 × 800.
const NEW_CASE_TEXT = { x: 640, y: 400 };
const NEW_CASE_SPLIT = { x: 411, y: 561 };
const SENTENCE_2 = { x: 1000, y: 288 };
const MAKE_CONDITION = { x: 1086, y: 168 };
const MAKE_CONSEQUENCE = { x: 1196, y: 168 };
const NEW_ACTOR = { x: 524, y: 275 };
const SAVE_LINK_CASE = { x: 1078, y: 51 };
// An exercise in the editor, under its banner, and the comparison with the teacher's case.
const EXERCISE_SENTENCE_2 = { x: 1000, y: 700 };
const EXERCISE_MAKE_CONSEQUENCE = { x: 1196, y: 582 };
const EXERCISE_WHO_ACTS = { x: 433, y: 642 };
const EXERCISE_FIRST_ACTOR = { x: 527, y: 435 };
const MENU_COMPARE_WITH_KEY = { x: 148, y: 219 };
const REPORT_DOWNLOAD = { x: 258, y: 248 };

const hash = (page) => page.evaluate(() => location.hash);

/** The keys of the drafts in the page's storage. */
const draftKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('skenario-draft-')));

/** Waits until the page has written a draft: three seconds after a change, later on a slow machine. */
const draftWritten = (page) =>
  page.waitForFunction(
    () => Object.keys(localStorage).some((key) => key.startsWith('skenario-draft-')),
    null,
    { timeout: 15000 },
  );

/** The RGB bytes of a region of the page, to tell whether it changed. */
async function region(page, clip) {
  return page.screenshot({ clip });
}

/** Opens the File menu, clicks `item` and waits for its download: its file name and text. */
async function downloadFromFileMenu(page, item) {
  await clickAndSettle(page, FILE_MENU);
  const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(item.x, item.y)]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

/** What `skenario ARGS…` prints (the command line of this checkout). */
function skenario(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** The fragment of a link carrying `text` as Skenario packs a case: `LENGTH.DATA`, zlib, base64url. */
function carried(text) {
  const packed = zlib.deflateSync(Buffer.from(text, 'utf8')).toString('base64url');
  return `${packed.length}.${packed}`;
}

/** The case text a link made by Skenario carries. */
function uncarried(link) {
  const packed = new URLSearchParams(link.split('#')[1]).get('own').split('.')[1];
  return zlib.inflateSync(Buffer.from(packed, 'base64url')).toString('utf8');
}

async function check(name, body) {
  process.stdout.write(`${name} … `);
  await body();
  process.stdout.write('ok\n');
}

async function main() {
  const wantShots = process.argv.includes('--shots');
  assert.ok(fs.existsSync(path.join(site, 'index.html')), `no site in ${site}: run scripts/build-web.sh`);
  const server = await serve(site);
  const base = server.url;
  const problems = [];
  const { context, close } = await browser();
  try {
    let page;
    await check('the page loads with no console errors and draws the shipped case', async () => {
      page = await open(context, base, problems);
      assert.equal(await page.evaluate(() => document.getElementById('status').hidden), true);
      assert.equal(await hash(page), UKRAINE);
      assert.equal(await page.title(), 'Untitled scenario — Skenario');
      assert.deepEqual(problems, []);
    });

    await check('nothing is drawn while the window is idle', async () => {
      const before = await page.evaluate(() => window.__draws);
      await page.waitForTimeout(3000);
      assert.equal(await page.evaluate(() => window.__draws), before);
    });

    const follows = { x: 308, y: 80, width: 524, height: 700 };
    await check("clicking the ceasefire's Yes makes the reassurance force follow", async () => {
      const before = await region(page, follows);
      await clickAndSettle(page, CEASEFIRE_YES);
      assert.equal(
        await hash(page),
        `${UKRAINE}&ceasefire=yes`,
        `the click at ${JSON.stringify(CEASEFIRE_YES)} did not set the ceasefire: has the conditions panel moved?`,
      );
      assert.equal(await page.title(), '*Untitled scenario — Skenario');
      const after = await region(page, follows);
      assert.notDeepEqual(after, before, 'what follows looks the same after the click');
    });

    await check('the unsaved scenario is kept in the browser as a draft', async () => {
      await draftWritten(page);
      const keys = await draftKeys(page);
      const drafts = await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), keys);
      assert.equal(drafts.length, 1, `drafts: ${drafts.length}`);
      assert.match(drafts[0], /"ceasefire": yes/);
    });

    await check('a reload offers the draft, and recovering brings the scenario back', async () => {
      await page.close();
      page = await open(context, base, problems);
      // The page opens as it always does, with the draft on offer in a dialog over it.
      assert.equal(await hash(page), UKRAINE);
      assert.equal(await page.title(), 'Untitled scenario — Skenario');
      if (wantShots) await page.screenshot({ path: path.join(shots, 'recovery-en-1280x800.png') });
      await clickAndSettle(page, RECOVER);
      assert.equal(await hash(page), `${UKRAINE}&ceasefire=yes`);
      assert.equal(await page.title(), '*Untitled scenario — Skenario');
      assert.deepEqual(problems, []);
    });
  } finally {
    await close();
  }

  await check('a shared link opens exactly its scenario, with nothing unsaved', async () => {
    await withBrowser({}, async (fresh) => {
      const link = `${UKRAINE}&ceasefire=yes&us_joins=yes`;
      const page = await open(fresh, base + link, problems);
      assert.equal(await hash(page), link);
      assert.equal(await page.title(), 'Untitled scenario — Skenario');
      // The same scenario set by hand draws the same list of what follows.
      const byLink = await region(page, { x: 308, y: 80, width: 524, height: 700 });
      const other = await open(fresh, base, problems);
      await clickAndSettle(other, CEASEFIRE_YES);
      await clickAndSettle(other, { x: CEASEFIRE_YES.x, y: CEASEFIRE_YES.y + 97 });
      assert.equal(await hash(other), link, 'the clicks set other conditions than the link');
      assert.deepEqual(await region(other, { x: 308, y: 80, width: 524, height: 700 }), byLink);
      assert.deepEqual(problems, []);
    });
  });

  await check("a link to a case this Skenario lacks opens the article's world", async () => {
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, `${base}#case=atlantis&ceasefire=yes`, problems);
      assert.equal(await hash(page), UKRAINE);
      assert.equal(await page.title(), 'Untitled scenario — Skenario');
      assert.deepEqual(problems, []);
    });
  });

  await check("a tab still open keeps its draft to itself; once it closes, its draft is offered", async () => {
    await withBrowser({}, async (fresh) => {
      const first = await open(fresh, base, problems);
      const untouched = await first.screenshot();
      await clickAndSettle(first, CEASEFIRE_YES);
      await draftWritten(first);
      // A second tab looks like a page with no drafts at all: no offer of the first tab's work.
      const second = await open(fresh, base, problems);
      assert.ok((await second.screenshot()).equals(untouched), "the second tab was offered the first tab's draft");
      await first.close();
      await second.reload();
      await settle(second);
      await clickAndSettle(second, RECOVER);
      assert.equal(await hash(second), `${UKRAINE}&ceasefire=yes`, 'the closed tab\'s draft was not offered');
      // The recovered draft is now the second tab's own, and a reload still offers it.
      await second.reload();
      await settle(second);
      await clickAndSettle(second, RECOVER);
      assert.equal(await hash(second), `${UKRAINE}&ceasefire=yes`, 'a reload did not offer the tab its own draft');
      assert.deepEqual(problems, []);
    });
  });

  await check('preferences come back after a reload, even one right after the change', async () => {
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, base, problems);
      await clickAndSettle(page, BAHASA_INDONESIA);
      assert.equal(await page.title(), 'Skenario tanpa judul — Skenario', 'the language did not switch');
      await page.reload();
      await settle(page);
      assert.equal(await page.title(), 'Skenario tanpa judul — Skenario');
      assert.deepEqual(problems, []);
    });
  });

  await check('files: the picker opens a scenario, a drop opens one, saving and exporting download', async () => {
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, base, problems);
      const scenario = path.join(root, 'scenarios', 'ukraine-ceasefire-with-us.scenario.ron');
      // Listening before the menu opens gives Chromium time to start handing the picker over:
      // a picker the page opens before that never shows.
      const picker = page.waitForEvent('filechooser');
      await clickAndSettle(page, FILE_MENU);
      await page.mouse.click(MENU_OPEN.x, MENU_OPEN.y);
      const chooser = await picker;
      await chooser.setFiles(scenario);
      await page.waitForFunction(() => document.title.includes('ukraine-ceasefire-with-us'));
      await settle(page);
      assert.equal(await hash(page), `${UKRAINE}&ceasefire=yes&russia_rejects=no&us_joins=yes`);

      await clickAndSettle(page, { x: CEASEFIRE_YES.x + 47, y: CEASEFIRE_YES.y });
      assert.match(await page.title(), /^\*/);
      const saved = await downloadFromFileMenu(page, MENU_SAVE);
      assert.equal(saved.name, 'ukraine-ceasefire-with-us.scenario.ron');
      assert.match(saved.text, /"ceasefire": no/);
      await settle(page);
      assert.doesNotMatch(await page.title(), /^\*/, 'the downloaded scenario still counts as unsaved');

      await clickAndSettle(page, FILE_MENU);
      await clickAndSettle(page, MENU_EXPORT);
      const [handout] = await Promise.all([
        page.waitForEvent('download'),
        page.mouse.click(EXPORT_GO.x, EXPORT_GO.y),
      ]);
      assert.match(handout.suggestedFilename(), /\.handout\.html$/);
      assert.match(fs.readFileSync(await handout.path(), 'utf8'), /<html/);

      // A scenario dropped on the page opens too.
      const dropped = fs.readFileSync(path.join(root, 'scenarios', 'ukraine-moscow-keeps-rejecting.scenario.ron'), 'utf8');
      const transfer = await page.evaluateHandle((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'moscow.scenario.ron', { type: 'application/octet-stream' }));
        return data;
      }, dropped);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        await page.dispatchEvent('canvas', type, { dataTransfer: transfer });
      }
      await page.waitForFunction(() => document.title.includes('moscow.scenario.ron'));
      await settle(page);
      assert.equal(await hash(page), `${UKRAINE}&ceasefire=no&russia_rejects=yes`);
      assert.deepEqual(problems, []);
    });
  });

  await check('a draft the page cannot read stays in storage, can be downloaded, and deleted', async () => {
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, base, problems);
      const noDrafts = await page.screenshot();
      const broken = 'not a draft (';
      await page.evaluate((text) => localStorage.setItem('skenario-draft-000000000000001', text), broken);
      for (let load = 1; load <= 2; load += 1) {
        // Set aside on the first load, and offered again on the next.
        await page.reload();
        await settle(page);
        const keys = await draftKeys(page);
        assert.deepEqual(keys, ['skenario-draft-000000000000001.unreadable'], `load ${load}`);
        const copy = await downloadFromFileMenu(page, MENU_UNREADABLE);
        assert.equal(copy.name, 'skenario-unreadable-draft-1.ron');
        assert.equal(copy.text, broken);
      }
      // Deleting asks first, and offers a copy once more.
      await clickAndSettle(page, FILE_MENU);
      await clickAndSettle(page, MENU_DELETE_UNREADABLE);
      const [last] = await Promise.all([
        page.waitForEvent('download'),
        page.mouse.click(DELETE_PROMPT_DOWNLOAD.x, DELETE_PROMPT_DOWNLOAD.y),
      ]);
      assert.equal(fs.readFileSync(await last.path(), 'utf8'), broken);
      await settle(page);
      await clickAndSettle(page, DELETE_PROMPT_DELETE);
      const left = await draftKeys(page);
      assert.deepEqual(left, [], 'the unreadable draft is still in storage');
      // The next start names no draft: the page looks as it did before there was one.
      await page.reload();
      await settle(page);
      assert.ok((await page.screenshot()).equals(noDrafts), 'the page still warns of an unreadable draft');
      assert.deepEqual(problems, []);
    });
  });

  // A screenshot for a person to look at, with --shots.
  const shot = async (page, name) => {
    if (!wantShots) return;
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `${name}.png`) });
  };
  const eastgate = path.join('docs', 'example', 'eastgate-library.case.ron');

  await check('a link made by skenario link opens its own case exactly, and writes no draft', async () => {
    const link = skenario('link', eastgate, '--set', 'closure=yes', '--base', base);
    assert.ok(link.startsWith(`${base}#v=1&own=`), link.slice(0, 80));
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, link, problems);
      await shot(page, 'own-case-link');
      // The page's address is the link again: the window shows exactly what it carries.
      assert.equal(base + (await hash(page)), link);
      assert.equal(await page.title(), 'Untitled scenario — Skenario');
      // Opening a link is not the user's work: nothing is kept until they change something.
      await page.waitForTimeout(4500);
      assert.deepEqual(await draftKeys(page), []);
      assert.deepEqual(problems, []);
    });
  });

  await check('a link cut short, altered, or unpacking to too much opens nothing and says why', async () => {
    const link = skenario('link', eastgate, '--base', base);
    const fragment = link.split('#')[1];
    const middle = Math.floor(fragment.length / 2);
    const swapped = fragment[middle] === 'A' ? 'B' : 'A';
    const bomb = fs.readFileSync(path.join(root, 'fuzz', 'corpus', 'links', 'bomb.txt'), 'utf8').trim();
    await withBrowser({}, async (fresh) => {
      const plain = await (await open(fresh, base, problems)).screenshot();
      for (const [name, broken] of [
        ['cut-short', fragment.slice(0, -1)],
        ['altered', fragment.slice(0, middle) + swapped + fragment.slice(middle + 1)],
        ['bomb', bomb.replace(/^#/, '')],
      ]) {
        const page = await open(fresh, `${base}#${broken}`, problems);
        await shot(page, `link-${name}`);
        // The shipped case stays open, unchanged, with a message over it.
        assert.equal(await hash(page), UKRAINE, name);
        assert.equal(await page.title(), 'Untitled scenario — Skenario', name);
        assert.ok(!(await page.screenshot()).equals(plain), `${name}: no message was shown`);
        assert.deepEqual(await draftKeys(page), [], name);
        await page.close();
      }
      assert.deepEqual(problems, []);
    });
  });

  await check('a link whose case has errors opens nothing and offers what it held as a download', async () => {
    const text = uncarried(skenario('link', eastgate, '--base', base));
    const broken = text.replace('id: "closure"', 'id: "closed"');
    assert.notEqual(broken, text);
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, `${base}#v=1&own=${carried(broken)}`, problems);
      await shot(page, 'link-case-errors');
      assert.equal(await hash(page), UKRAINE);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.mouse.click(SAVE_LINK_CASE.x, SAVE_LINK_CASE.y),
      ]);
      assert.equal(download.suggestedFilename(), 'eastgate-library.case.ron');
      assert.equal(fs.readFileSync(await download.path(), 'utf8'), broken);
      assert.deepEqual(problems, []);
    });
  });

  await check('a lesson site built by skenario publish starts on its lessons, and opens them by link', async () => {
    const lessonSite = fs.mkdtempSync(path.join(os.tmpdir(), 'skenario-site-'));
    fs.cpSync(site, lessonSite, { recursive: true });
    skenario('publish', eastgate, path.join('scenarios', 'marrenia-election.case.ron'), '--site', lessonSite);
    const school = await serve(lessonSite);
    try {
      await withBrowser({}, async (fresh) => {
        const page = await open(fresh, school.url, problems);
        await shot(page, 'lessons');
        await clickAndSettle(page, FIRST_LESSON);
        assert.equal(await hash(page), '#lesson=eastgate-library');
        // A lesson's link with conditions set opens as short as it came.
        const linked = await open(fresh, `${school.url}#lesson=marrenia-election&recount=yes`, problems);
        await shot(linked, 'lesson-link');
        assert.equal(await hash(linked), '#lesson=marrenia-election&recount=yes');
        // A lesson the site lacks says so, over the shipped case.
        const missing = await open(fresh, `${school.url}#lesson=atlantis`, problems);
        await shot(missing, 'lesson-missing');
        assert.equal(await hash(missing), UKRAINE);
        assert.deepEqual(await draftKeys(missing), []);
      });
    } finally {
      await school.close();
      fs.rmSync(lessonSite, { recursive: true, force: true });
    }
    assert.deepEqual(problems, []);
  });

  await check('a case written in the browser editor survives a reload, downloads, and passes skenario check', async () => {
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, base, problems);
      const type = async (text) => {
        await page.keyboard.type(text, { delay: 15 });
        await settle(page);
      };
      await clickAndSettle(page, FILE_MENU);
      await clickAndSettle(page, MENU_NEW_CASE);
      await clickAndSettle(page, NEW_CASE_TEXT);
      await type(
        'Ferry fares in Port Lanne\n\nThe harbour board will raise ferry fares by a tenth if the fuel levy passes. ' +
          'The fishers union says it will strike if the fares rise.\n',
      );
      await clickAndSettle(page, NEW_CASE_SPLIT);
      // A condition and a consequence from the second sentence, and who acts in it.
      await clickAndSettle(page, SENTENCE_2);
      await clickAndSettle(page, MAKE_CONDITION);
      await type('The fuel levy passes');
      await clickAndSettle(page, SENTENCE_2);
      await clickAndSettle(page, MAKE_CONSEQUENCE);
      await type('Ferry fares rise by a tenth');
      await clickAndSettle(page, NEW_ACTOR);
      await type('The harbour board');
      await page.keyboard.press('Enter');
      await settle(page);
      await shot(page, 'editor');
      await draftWritten(page);
      await page.reload();
      await settle(page);
      await clickAndSettle(page, RECOVER);
      await shot(page, 'editor-recovered');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
      assert.equal(download.suggestedFilename(), 'ferry-fares-in-port.case.ron');
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skenario-download-'));
      const file = path.join(folder, download.suggestedFilename());
      fs.copyFileSync(await download.path(), file);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /The fuel levy passes/);
      assert.match(text, /Ferry fares rise by a tenth/);
      assert.match(text, /The harbour board will raise ferry fares/);
      // One file, its article in it: the check needs nothing beside it.
      skenario('check', file);
      fs.rmSync(folder, { recursive: true, force: true });
      assert.deepEqual(problems, []);
    });
  });

  await check("an exercise opens by link in the editor, is done, downloads, and is compared with the teacher's case", async () => {
    const exercise = path.join(root, 'scenarios', 'marrenia-election.exercise.case.ron');
    const key = path.join(root, 'scenarios', 'marrenia-election.case.ron');
    const link = skenario('link', exercise, '--base', base);
    await withBrowser({}, async (fresh) => {
      const page = await open(fresh, link, problems);
      // The student lands in the editor, not in the explorer.
      assert.match(await page.title(), /Editing the case/);
      await clickAndSettle(page, EXERCISE_SENTENCE_2);
      await clickAndSettle(page, EXERCISE_MAKE_CONSEQUENCE);
      await page.keyboard.type('The commission publishes preliminary results', { delay: 15 });
      await settle(page);
      await clickAndSettle(page, EXERCISE_WHO_ACTS);
      await clickAndSettle(page, EXERCISE_FIRST_ACTOR);
      await shot(page, 'exercise');
      const [work] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skenario-exercise-'));
      const file = path.join(folder, work.suggestedFilename());
      fs.copyFileSync(await work.path(), file);
      assert.match(fs.readFileSync(file, 'utf8'), /The commission publishes preliminary results/);
      // The work is a case the command line grades: ¶2 is not in the key.
      assert.match(skenario('grade', key, file), /0 of 14 consequences found, 1 not in the key/);
      await settle(page);
      // The teacher's case, picked as one file (its article file is not needed), and the report.
      const picker = page.waitForEvent('filechooser');
      await clickAndSettle(page, FILE_MENU);
      await page.mouse.click(MENU_COMPARE_WITH_KEY.x, MENU_COMPARE_WITH_KEY.y);
      await (await picker).setFiles(key);
      await page.waitForTimeout(1000);
      await settle(page);
      await shot(page, 'exercise-compared');
      const [report] = await Promise.all([
        page.waitForEvent('download'),
        page.mouse.click(REPORT_DOWNLOAD.x, REPORT_DOWNLOAD.y),
      ]);
      assert.match(report.suggestedFilename(), /\.report\.html$/);
      const html = fs.readFileSync(await report.path(), 'utf8');
      assert.match(html, /In the key, not found/);
      assert.match(html, /The commission publishes preliminary results/);
      fs.rmSync(folder, { recursive: true, force: true });
      assert.deepEqual(problems, []);
    });
  });

  if (wantShots) {
    fs.mkdirSync(shots, { recursive: true });
    for (const [locale, lang] of [['en-US', 'en'], ['id-ID', 'id']]) {
      for (const [width, height] of [[1280, 800], [1920, 1080]]) {
        await withBrowser({ locale, width, height }, async (context) => {
          const page = await open(context, `${base}${UKRAINE}&ceasefire=yes`, problems);
          await page.screenshot({ path: path.join(shots, `main-${lang}-${width}x${height}.png`) });
        });
      }
    }
    console.log(`screenshots in ${shots}`);
  }
  assert.deepEqual(problems, []);
  await server.close();
  console.log('all browser checks passed');
}

main().catch((error) => {
  console.error(`\nFAILED: ${error.message}`);
  process.exit(1);
});
