"""The Qt Widgets desktop shell: profile picker, create-profile wizard, unlock screen and main window."""
