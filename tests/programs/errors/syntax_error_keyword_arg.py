print("never")
print(x=1, 2)
