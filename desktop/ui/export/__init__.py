"""Export and import dialogs, and the PDF printer (which the command line uses too: it needs QtGui only)."""
