# program: a linked list class with iteration and dunder methods
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def reverse(self):
        prev = None
        n = self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, list(ll))
ll.reverse()
print(ll)
print(LinkedList(), bool(LinkedList()), bool(ll))
