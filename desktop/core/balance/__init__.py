"""Balance: the maths of time together and apart (bins, rules, shares and baselines, time zones). No I/O."""
