"""The Balance page: log time together and apart with a form or a timer, and see the last weeks."""
