print("never")
s = "unterminated
