# trees: building and walking trees -- complete binary trees of node objects
# (allocation-heavy), tuple trees, an unbalanced binary search tree with
# insert/lookup/delete, recursive and explicit-stack traversals.
# test-size: 2
# default-size: 45
import sys

DEFAULT_SIZE = 45


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check_tree(node):
    if node.left is None:
        return 1
    return 1 + check_tree(node.left) + check_tree(node.right)


def make_tuple_tree(depth, value):
    if depth == 0:
        return (value, None, None)
    return (value, make_tuple_tree(depth - 1, 2 * value), make_tuple_tree(depth - 1, 2 * value + 1))


def sum_tuple_tree(tree):
    total = 0
    stack = [tree]
    while stack:
        value, left, right = stack.pop()
        total += value
        if left is not None:
            stack.append(left)
            stack.append(right)
    return total


class BSTNode:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value):
        if self.root is None:
            self.root = BSTNode(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = BSTNode(key, value)
                    self.size += 1
                    return
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = BSTNode(key, value)
                    self.size += 1
                    return
                node = node.right
            else:
                node.value = value
                return

    def get(self, key, default=None):
        node = self.root
        while node is not None:
            if key < node.key:
                node = node.left
            elif key > node.key:
                node = node.right
            else:
                return node.value
        return default

    def _remove(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._remove(node.left, key)
        elif key > node.key:
            node.right = self._remove(node.right, key)
        else:
            self.size -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key = succ.key
            node.value = succ.value
            self.size += 1
            node.right = self._remove(node.right, succ.key)
        return node

    def remove(self, key):
        self.root = self._remove(self.root, key)

    def height(self):
        return self._height(self.root)

    def _height(self, node):
        if node is None:
            return 0
        a = self._height(node.left)
        b = self._height(node.right)
        return 1 + (a if a > b else b)

    def in_order(self):
        out = []
        stack = []
        node = self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.key)
            node = node.right
        return out


def main(n):
    checksum = 0
    for round_no in range(n):
        # allocation-heavy complete trees
        long_lived = make_tree(12)
        for depth in range(4, 13, 2):
            iterations = 1 << (12 - depth)
            check = 0
            for _ in range(iterations):
                check += check_tree(make_tree(depth))
            checksum += check
        checksum += check_tree(long_lived)
        checksum += sum_tuple_tree(make_tuple_tree(11, 1)) % 100003

        # binary search tree with pseudo-random keys
        tree = BST()
        x = 12345 + round_no
        for i in range(3000):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            tree.insert(x % 50000, i)
        for k in range(0, 50000, 7):
            if tree.get(k) is not None:
                tree.remove(k)
        keys = tree.in_order()
        hits = 0
        for k in range(0, 50000, 3):
            if tree.get(k, -1) >= 0:
                hits += 1
        checksum += tree.size * 3 + tree.height() + len(keys) + hits + keys[len(keys) // 2]
        checksum %= 1000000007
    print("size=%d height=%d" % (tree.size, tree.height()))
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
