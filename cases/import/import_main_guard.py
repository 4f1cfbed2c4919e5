# the usual main guard
def main():
    print("main called")
    return 0
print("module level runs first")
if __name__ == "__main__":
    main()
else:
    print("imported, not main")
