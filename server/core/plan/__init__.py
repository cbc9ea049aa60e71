"""The follow-up plan: timeframes as people say them, and the rules that make the agenda."""
