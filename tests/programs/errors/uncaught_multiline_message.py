# Exception message with several lines: only the last stderr line is compared.
print("before")
raise ValueError("first line\nsecond line\nthird line")
