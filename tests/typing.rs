//! Every key lands where it was typed. A teacher types every text field of every new element,
//! key by key, into the real window (no GPU needed) — while, between keys, a finding about the
//! element appears above its form and goes again. After each field, every character is in that
//! field and nowhere else: in the window and in the case. In both window languages.
#![cfg(feature = "gui")]
#![expect(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use skenario::app::{EditCommand, ExploreCommand, SkenarioApp};
use skenario::core::edit::{Edit, Field, Header, Item, List, Op, Place, StepPart};
use skenario::core::found::{ActorField, TextField};
use skenario::core::{
    Case, ConditionState, Consequence, Lang, Sentence, SentenceNo, Step, Text, Trigger,
};
use skenario::text::Words;
use skenario::text::languages::language_name_in;

/// A short article written for this test, in English: a council vote on a footbridge.
const ARTICLE: &str = "Footbridge Vote in Alderby

Alderby's council votes on Monday on a new footbridge over the canal. If the bridge is approved, building will start in April, the engineer, Ms. Petra Lund, said. The canal boat club has promised to move its moorings while the work goes on. Shopkeepers on Quay Street warned they would close for a day if the towpath shuts. The mayor believes the vote will be close.
";

/// The window, driven key by key.
struct Typist {
    harness: Harness<'static, SkenarioApp>,
    lang: Lang,
    /// The case before the latest disturbance, to put back what it changed.
    kept: Option<Case>,
}

impl Typist {
    fn new(lang: Lang) -> Self {
        let harness = common::window::window([1500.0, 2600.0], lang, None);
        let mut typist = Self {
            harness,
            lang,
            kept: None,
        };
        typist.harness.run();
        typist.send(EditCommand::NewCase {
            article: ARTICLE.to_owned(),
            language: "en".to_owned(),
        });
        typist
    }

    fn send(&mut self, command: impl Into<skenario::app::Command>) {
        let ctx = self.harness.ctx.clone();
        self.harness.state_mut().handle(&ctx, command);
        self.harness.run();
    }

    fn words(&self) -> &'static Words {
        Words::get(self.lang)
    }

    fn case(&self) -> &Case {
        &self
            .harness
            .state()
            .state
            .document
            .draft
            .as_ref()
            .expect("a case being edited")
            .case
    }

    /// The accessible name of `field` of the element at `place`, in `code`'s version: "Title,
    /// English".
    fn name_of(&self, place: Place, field: Field, code: &str) -> String {
        format!(
            "{}, {}",
            self.words().field_label(place, field),
            language_name_in(self.lang, code)
        )
    }

    /// The text field named `name` (exactly one).
    fn field<'a>(&'a self, name: &'a str) -> egui_kittest::Node<'a> {
        let mut found = self.harness.query_all_by(|node| {
            matches!(node.role(), Role::TextInput | Role::MultilineTextInput)
                && node.label().as_deref() == Some(name)
        });
        let field = found
            .next()
            .unwrap_or_else(|| panic!("no text field named {name:?}"));
        assert!(found.next().is_none(), "two text fields named {name:?}");
        field
    }

    fn value(&self, name: &str) -> String {
        self.field(name).value().unwrap_or_default()
    }

    fn click(&mut self, role: Role, name: &str) {
        self.harness
            .get_by_role_and_label(role, name)
            .scroll_to_me();
        self.harness.run();
        self.harness.get_by_role_and_label(role, name).click();
        self.harness.run();
    }

    fn click_starting(&mut self, prefix: &str) {
        let node = self
            .harness
            .query_all_by(|n| n.label().is_some_and(|l| l.starts_with(prefix)))
            .next()
            .unwrap_or_else(|| panic!("nothing named {prefix:?}…"));
        node.click();
        self.harness.run();
    }

    /// How many findings the form of `place` lists above it.
    fn findings_above(&self, place: Place) -> usize {
        self.harness
            .state()
            .state
            .document
            .draft
            .as_ref()
            .map_or(0, |draft| {
                draft
                    .findings
                    .iter()
                    .filter(|f| Place::of_finding(f) == Some(place))
                    .count()
            })
    }

    /// Types `text` into the field named `name`, one key at a time, the keyboard having been
    /// put there by a click. After every key, a finding about `place` appears above the form
    /// (or goes again), by an edit of the case that has nothing to do with the field.
    fn type_keys(&mut self, place: Place, name: &str, text: &str) {
        self.field(name).scroll_to_me();
        self.harness.run();
        self.field(name).focus();
        self.harness.run();
        assert!(self.field(name).is_focused(), "{name} has the keyboard");
        let before = self.value(name);
        for (k, key) in text.chars().enumerate() {
            self.harness.event(egui::Event::Text(key.to_string()));
            self.harness.run();
            let findings = self.findings_above(place);
            self.disturb(place, k % 2 == 0);

            assert_ne!(
                findings,
                self.findings_above(place),
                "a finding appeared or went above {name} after key {k}"
            );
        }
        self.disturb(place, false);
        assert_eq!(
            self.value(name),
            format!("{before}{text}"),
            "every key of {text:?} landed in {name}"
        );
        assert!(self.field(name).is_focused(), "{name} kept the keyboard");
    }

    /// Makes a finding about `place` appear (`on`) or go, by changing something of the element
    /// that is not a text being typed: the article's language for the header, a sentence cited
    /// and marked as left out, a claim's evidence taken away, a rule naming a condition the
    /// case lacks, an id with a character ids may not have, a walkthrough's first step.
    fn disturb(&mut self, place: Place, on: bool) {
        let case = self.case().clone();
        if on {
            self.kept = Some(case.clone());
        }
        let Some(kept) = self.kept.clone() else {
            return;
        };
        let edit = match place {
            Place::Header => {
                let mut header = Header::of(&case);
                header.language = if on { "e n" } else { "en" }.to_owned();
                Some(Edit::one(Op::Header(header)))
            }
            Place::Item(list, at) => {
                disturbed(&case, &kept, list, at, on).map(|item| Edit::one(Op::Replace(at, item)))
            }
        };
        if let Some(edit) = edit.filter(|e| !e.is_empty()) {
            self.send(EditCommand::Apply { edit, topic: None });
        }
    }

    /// Adds a version of the text `field` of the element at `place` in Indonesian, through
    /// *+ Translation*.
    fn add_indonesian(&mut self, place: Place, field: Field) {
        let label = self.words().field_label(place, field);
        let button = (self.words().editor.add_translation_to)(&label);
        self.click(Role::Button, &button);
        let indonesian = language_name_in(self.lang, "id");
        self.click(Role::Button, &indonesian);
    }
}

/// Element `at` of `list` as it stands in `case`, disturbed (`on`) so that check finds
/// something about it, or with what was disturbed put back as `kept` had it.
fn disturbed(case: &Case, kept: &Case, list: List, at: usize, on: bool) -> Option<Item> {
    let missing = || Trigger::Condition("nowhere".to_owned());
    Some(match list {
        List::Sentences => {
            let mut s = Sentence::clone(case.sentences.get(at)?);
            s.context = on;
            Item::Sentence(s.into())
        }
        List::Consequences => {
            let mut c = Consequence::clone(case.consequences.get(at)?);
            c.evidence = if on {
                Vec::new()
            } else {
                kept.consequences.get(at)?.evidence.clone()
            };
            Item::Consequence(c.into())
        }
        List::Objections => {
            let mut o = case.objections.get(at)?.clone();
            o.evidence = if on {
                Vec::new()
            } else {
                kept.objections.get(at)?.evidence.clone()
            };
            Item::Objection(o)
        }
        List::Conditions => {
            let mut c = case.conditions.get(at)?.clone();
            c.applies_if = on.then(missing);
            Item::Condition(c)
        }
        List::Tensions => {
            let mut t = case.tensions.get(at)?.clone();
            t.when = if on {
                missing()
            } else {
                kept.tensions.get(at)?.when.clone()
            };
            Item::Tension(t)
        }
        List::Actors => {
            let mut a = case.actors.get(at)?.clone();
            let id = &kept.actors.get(at)?.id;
            a.id = if on { format!("{id}!") } else { id.clone() };
            Item::Actor(a)
        }
        List::Kinds => {
            let mut k = case.kinds.get(at)?.clone();
            let id = &kept.kinds.get(at)?.id;
            k.id = if on { format!("{id}!") } else { id.clone() };
            Item::Kind(k)
        }
        List::Walkthroughs => {
            let mut w = case.walkthroughs.get(at)?.clone();
            let had_steps = !kept.walkthroughs.get(at)?.steps.is_empty();
            if had_steps {
                // With a step, a condition the case lacks set in it is an error.
                if let Some(step) = w.steps.first_mut() {
                    if on {
                        step.set.insert("nowhere".to_owned(), ConditionState::Yes);
                    } else {
                        step.set.remove("nowhere");
                    }
                }
            } else if on {
                // Without steps, a walkthrough is an error; with one, it is not.
                w.steps.push(kept_step());
            } else {
                w.steps.clear();
            }
            Item::Walkthrough(w)
        }
        List::Exclusive => return None,
    })
}

/// A step with every text, for a walkthrough that needs one.
fn kept_step() -> Step {
    let text = Text::new("en", "A step");
    Step {
        title: text.clone(),
        narration: text,
        set: Default::default(),
        sentences: Vec::new(),
        consequences: Vec::new(),
        question: None,
        answer: None,
    }
}

fn text_of(text: &Text, code: &str) -> String {
    text.exact(code).unwrap_or_default().to_owned()
}

/// Every field of every new element, typed key by key in the window speaking `lang`.
fn every_field_keeps_every_key(lang: Lang) {
    let mut t = Typist::new(lang);
    let en = "en";
    let title = Field::Text(TextField::Title);

    // The header: title, about, a source detail.
    let header = Place::Header;
    let name = t.name_of(header, title, en);
    t.type_keys(header, &name, "Footbridge vote (draft)");
    let about = t.name_of(header, Field::Text(TextField::About), en);
    t.type_keys(
        header,
        &about,
        "A council vote, as a local paper reported it.",
    );
    assert_eq!(
        text_of(&t.case().title, en),
        "Footbridge Vote in AlderbyFootbridge vote (draft)"
    );

    // A consequence from sentence 3, whose form opens with the keyboard in its title.
    t.send(ExploreCommand::SelectSentence(Some(SentenceNo(3))));
    t.click(Role::Button, t.words().editor.make_consequence);
    let consequence = Place::Item(List::Consequences, 0);
    let name = t.name_of(consequence, title, en);
    assert!(
        t.field(&name).is_focused(),
        "the new form's first field has the keyboard"
    );
    t.type_keys(consequence, &name, "Building starts in April");
    t.add_indonesian(consequence, title);
    let indonesian = t.name_of(consequence, title, "id");
    assert!(
        t.field(&indonesian).is_focused(),
        "the added version has the keyboard"
    );
    t.type_keys(consequence, &indonesian, "Pembangunan dimulai April");
    let note = t.name_of(consequence, Field::Text(TextField::Note), en);
    t.type_keys(
        consequence,
        &note,
        "Only if the bridge is approved; not yet decided.",
    );
    let made = t.case().consequences[0].clone();
    assert_eq!(text_of(&made.title, en), "Building starts in April");
    assert_eq!(text_of(&made.title, "id"), "Pembangunan dimulai April");
    assert_eq!(
        made.note.as_ref().map(|n| text_of(n, en)).as_deref(),
        Some("Only if the bridge is approved; not yet decided.")
    );
    assert_eq!(
        made.id, "building_starts_in_april",
        "the id follows the whole title"
    );
    assert_eq!(made.actor, "", "no actor chosen for the teacher");

    // Its id, renamed from the form.
    let id_field = t.words().field_label(consequence, Field::Id).into_owned();
    t.field(&id_field).focus();
    t.harness.run();
    t.field(&id_field).set_text_value_accesskit("");
    t.harness.run();
    t.type_keys(consequence, &id_field, "works_begin");
    t.click(Role::Button, t.words().editor.rename);
    assert_eq!(t.case().consequences[0].id, "works_begin");

    // A condition from sentence 2: label and description.
    t.send(ExploreCommand::SelectSentence(Some(SentenceNo(2))));
    t.click(Role::Button, t.words().editor.make_condition);
    let condition = Place::Item(List::Conditions, 0);
    let label = t.name_of(condition, Field::Text(TextField::Label), en);
    t.type_keys(condition, &label, "The bridge is approved");
    let description = t.name_of(condition, Field::Text(TextField::Description), en);
    t.type_keys(condition, &description, "The council says yes on Monday.");
    let made = t.case().conditions[0].clone();
    assert_eq!(text_of(&made.label, en), "The bridge is approved");
    assert_eq!(
        text_of(&made.description, en),
        "The council says yes on Monday."
    );

    // An objection from sentence 5 and a tension from sentence 4.
    t.send(ExploreCommand::SelectSentence(Some(SentenceNo(5))));
    t.click(Role::Button, t.words().editor.make_objection);
    let objection = Place::Item(List::Objections, 0);
    let statement = t.name_of(objection, Field::Text(TextField::Statement), en);
    t.type_keys(objection, &statement, "The vote may fail.");
    t.send(ExploreCommand::SelectSentence(Some(SentenceNo(4))));
    t.click(Role::Button, t.words().editor.make_tension);
    let tension = Place::Item(List::Tensions, 0);
    let name = t.name_of(tension, title, en);
    t.type_keys(tension, &name, "Shops shut while boats move");
    let explanation = t.name_of(tension, Field::Text(TextField::Explanation), en);
    t.type_keys(
        tension,
        &explanation,
        "The article sets one against the other.",
    );
    assert_eq!(
        text_of(&t.case().objections[0].statement, en),
        "The vote may fail."
    );
    assert_eq!(
        text_of(&t.case().tensions[0].explanation, en),
        "The article sets one against the other."
    );

    // An actor: name, person, role.
    t.click(Role::Button, t.words().editor.add_actor);
    let actor = Place::Item(List::Actors, 0);
    let name = t.name_of(actor, Field::Text(TextField::Name), en);
    t.type_keys(actor, &name, "The engineer");
    let person = t.words().field_label(actor, Field::Person).into_owned();
    t.type_keys(actor, &person, "Petra Lund");
    let role = t.name_of(actor, Field::Text(TextField::Role), en);
    t.type_keys(actor, &role, "Chief engineer");
    let made = t.case().actors[0].clone();
    assert_eq!(text_of(&made.name, en), "The engineer");
    assert_eq!(made.person.as_deref(), Some("Petra Lund"));
    assert_eq!(
        made.role.as_ref().map(|r| text_of(r, en)).as_deref(),
        Some("Chief engineer")
    );

    // A walkthrough with a step: its title, narration, question and answer.
    t.click(Role::Button, t.words().editor.add_walkthrough);
    let walkthrough = Place::Item(List::Walkthroughs, 0);
    let name = t.name_of(walkthrough, title, en);
    t.type_keys(walkthrough, &name, "The vote");
    t.click(Role::Button, t.words().editor.add_step);
    let step = |part| Field::Step(0, StepPart::Text(part));
    let step_title = t.name_of(walkthrough, step(TextField::Title), en);
    assert!(
        t.field(&step_title).is_focused(),
        "the new step's title has the keyboard"
    );
    t.type_keys(walkthrough, &step_title, "Before Monday");
    let narration = t.name_of(walkthrough, step(TextField::Narration), en);
    let said = "Nobody knows yet how the council will vote on the bridge, Ms. Lund.";
    t.type_keys(walkthrough, &narration, said);
    let question = t.name_of(walkthrough, step(TextField::Question), en);
    t.type_keys(walkthrough, &question, "What happens in April?");
    let answer = t.name_of(walkthrough, step(TextField::Answer), en);
    t.type_keys(walkthrough, &answer, "Building starts, if it is approved.");
    let made = t.case().walkthroughs[0].steps[0].clone();
    assert_eq!(text_of(&made.title, en), "Before Monday");
    assert_eq!(text_of(&made.narration, en), said);
    assert_eq!(
        made.question.as_ref().map(|q| text_of(q, en)).as_deref(),
        Some("What happens in April?")
    );
    assert_eq!(
        made.answer.as_ref().map(|a| text_of(a, en)).as_deref(),
        Some("Building starts, if it is approved.")
    );

    // A sentence's translation: sentence 3, cited by the consequence.
    t.click_starting("¶3 ");
    let sentence = Place::Item(List::Sentences, 2);
    t.add_indonesian(sentence, Field::Translation);
    let translation = t.name_of(sentence, Field::Translation, "id");
    t.type_keys(
        sentence,
        &translation,
        "Jika jembatan disetujui, pembangunan dimulai April.",
    );
    assert_eq!(
        text_of(&t.case().sentences[2].translations, "id"),
        "Jika jembatan disetujui, pembangunan dimulai April."
    );

    // Nothing typed landed anywhere else: the case's other texts are as the forms left them.
    assert_eq!(t.case().consequences.len(), 1);
    assert_eq!(t.case().actors.len(), 1);
    let _ = ActorField::Actor;
}

#[test]
fn every_key_lands_where_it_was_typed_in_the_english_window() {
    every_field_keeps_every_key(Lang::En);
}

#[test]
fn every_key_lands_where_it_was_typed_in_the_indonesian_window() {
    every_field_keeps_every_key(Lang::Id);
}
