"""Keep it safe: export, import and the file formats they speak. Plain Python, no Qt."""
