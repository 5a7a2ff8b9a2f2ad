"""The Quiz tab: the list of quizzes, the wizard, results, history and the side-by-side with a partner."""
