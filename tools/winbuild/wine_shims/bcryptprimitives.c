/* A stand-in for Windows' bcryptprimitives.dll, for the Wine prefix of the installer test only (never shipped).
 *
 * Rust's standard library (python-calamine, cryptography) takes its random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10 and 11 has and Wine 8 does not; without it those extensions fail
 * to load under Wine with "DLL load failed". This one answers from RtlGenRandom (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7FFFFFFF ? 0x7FFFFFFF : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
