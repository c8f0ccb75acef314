/* SPI Desktop.exe: starts the bundled Python on the app, in this process, so the window, the taskbar button
 * and Task Manager show SPI Desktop with its icon rather than pythonw.exe.
 *
 * It loads python311.dll from its own folder (python311._pth beside it isolates the interpreter) and calls
 * Py_Main with "-m spi_desktop" followed by the arguments it was given. Built by tools/build_windows.py with
 * Debian's mingw-w64; it imports only kernel32, user32 and shell32. */
#include <windows.h>
#include <shellapi.h>
#include <stdlib.h>
#include <wchar.h>

typedef int (*py_main_fn)(int, wchar_t **);

static void fail(const wchar_t *what)
{
    wchar_t text[1024];
    _snwprintf(text, 1024,
               L"SPI Desktop tidak dapat dimulai: %ls\n\nPasang ulang SPI Desktop.\n\n"
               L"SPI Desktop could not start: %ls\n\nPlease reinstall SPI Desktop.", what, what);
    text[1023] = L'\0';
    MessageBoxW(NULL, text, L"SPI Desktop", MB_OK | MB_ICONERROR);
}

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show)
{
    (void)instance; (void)previous; (void)command_line; (void)show;
    wchar_t folder[MAX_PATH + 32];
    DWORD length = GetModuleFileNameW(NULL, folder, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) {
        fail(L"folder program terlalu panjang / the program folder's path is too long");
        return 1;
    }
    wchar_t *slash = wcsrchr(folder, L'\\');
    if (slash != NULL) *slash = L'\0';
    SetDllDirectoryW(folder);
    wchar_t dll[MAX_PATH + 32];
    _snwprintf(dll, MAX_PATH + 32, L"%ls\\python311.dll", folder);
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (python == NULL) {
        fail(L"python311.dll tidak ditemukan / python311.dll is missing");
        return 1;
    }
    py_main_fn py_main = (py_main_fn)(void *)GetProcAddress(python, "Py_Main");
    if (py_main == NULL) {
        fail(L"python311.dll rusak / python311.dll is damaged");
        return 1;
    }
    int count = 0;
    wchar_t **given = CommandLineToArgvW(GetCommandLineW(), &count);
    if (given == NULL) count = 0;
    wchar_t **args = calloc((size_t)count + 3, sizeof(wchar_t *));
    if (args == NULL) return 1;
    args[0] = count > 0 ? given[0] : L"SPI Desktop.exe";
    args[1] = L"-m";
    args[2] = L"spi_desktop";
    for (int i = 1; i < count; i++) args[i + 2] = given[i];
    return py_main(count > 0 ? count + 2 : 3, args);
}
