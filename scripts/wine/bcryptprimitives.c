/* Wine 8.0 (Debian 12's) has no bcryptprimitives.dll, which Windows 8 and later have and
 * Rust's standard library (1.78 and later) imports for ProcessPrng, its source of random
 * numbers. This stand-in, put only into the test Wine prefix (scripts/wine-prefix.sh), gives
 * ProcessPrng from RtlGenRandom. It is never shipped: Windows has the real one. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
    if (!SystemFunction036(data, chunk)) {
      return FALSE;
    }
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
