; SPI Desktop's per-user Windows installer (NSIS 3, Unicode, 64-bit stub). tools/build_windows.py runs makensis
; with: VERSION, BUNDLE (the folder to install), OUTFILE, ICON, COMPRESSOR (zlib for CI, lzma for releases),
; PICTURES (resources/installer), SIZE_KB and UNINSTALL_LIST (the bundle's top-level entries, so the uninstaller removes only what was installed).
Unicode true
Target amd64-unicode
SetCompressor /SOLID ${COMPRESSOR}
RequestExecutionLevel user
ManifestDPIAware true

!define APP "SPI Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SPIDesktop"
!define MIN_BUILD 18362 ; Windows 10 1903: PySide6's Qt6Core.dll imports icuuc.dll, which came with that build

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEFINISHPAGE_BITMAP "${PICTURES}\welcome.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${PICTURES}\welcome.bmp"
!define MUI_HEADERIMAGE
!define MUI_HEADERIMAGE_RIGHT
!define MUI_HEADERIMAGE_BITMAP "${PICTURES}\header.bmp"
!define MUI_HEADERIMAGE_UNBITMAP "${PICTURES}\header.bmp"
!define MUI_LANGDLL_WINDOWTITLE "Bahasa / Language"
!define MUI_LANGDLL_INFO "Pilih bahasa pemasang.$\r$\nChoose the installer's language."
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: Indonesian, then English.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString TooOld ${LANG_INDONESIAN} "${APP} memerlukan Windows 10 versi 1903 (build ${MIN_BUILD}) atau yang lebih baru, atau Windows 11. Windows di komputer ini adalah build $0.$\r$\n$\r$\nMintalah petugas TI memperbarui Windows, lalu jalankan pemasang ini lagi."
LangString TooOld ${LANG_ENGLISH} "${APP} needs Windows 10 version 1903 (build ${MIN_BUILD}) or later, or Windows 11. This PC runs build $0.$\r$\n$\r$\nAsk your IT staff to update Windows, then run this installer again."
LangString DataKept ${LANG_INDONESIAN} "Ruang kerja dan cadangan Anda tidak dihapus: keduanya tetap di folder data pengguna."
LangString DataKept ${LANG_ENGLISH} "Your workspaces and backups are not removed: they stay in your user data folder."

Function .onInit
  ReadRegStr $0 HKLM "SOFTWARE\Microsoft\Windows NT\CurrentVersion" "CurrentBuildNumber"
  IntCmp $0 ${MIN_BUILD} floor_ok too_old floor_ok
  too_old:
    MessageBox MB_OK|MB_ICONSTOP "$(TooOld)" /SD IDOK
    SetErrorLevel 1150 ; ERROR_OLD_WIN_VERSION
    Quit
  floor_ok:
  ; Indonesian is offered first even on an English Windows (most office PCs); the choice is remembered.
  StrCpy $LANGUAGE ${LANG_INDONESIAN}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "${APP}" main
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the program's own folders whole, so no file of an older version is left behind.
  RMDir /r "$INSTDIR\Lib"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  File "/oname=spi-desktop.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\spi-desktop.ico" 0
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\spi-desktop.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put here; the workspaces and backups live elsewhere (%LOCALAPPDATA%\spi-desktop).
  !include "${UNINSTALL_LIST}"
  Delete "$INSTDIR\spi-desktop.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  DetailPrint "$(DataKept)"
SectionEnd
