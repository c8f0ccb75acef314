"""Building the Windows bundle and installer on Linux (tools/build_windows.py) and testing it under Wine.

Standard library only, plus the programs Debian packages: pip (for the Windows wheels), osslsigncode, objdump,
mingw-w64 and NSIS. Each step is its own module: embed (CPython), wheels, prune, runtime (VC++), launcher, pe
(imports check), installer (NSIS) and wine (install, self-test, uninstall).
"""
