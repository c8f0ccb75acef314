"""The window shell: the QApplication, the language, the main window and the one owner of the open windows."""
