# unittest: a TestCase module run with unittest.main(); pass/fail/error/skip/expected failure, subTest, setUp/tearDown, exit status.
import io
import sys
import unittest

events = []


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    def setUp(self):
        self.values = [3, 1, 2]

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_sorted(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_in_and_true(self):
        self.assertIn(2, self.values)
        self.assertTrue(all(v > 0 for v in self.values))
        self.assertIsNone(None)
        self.assertIsInstance(self.values, list)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
        self.assertRaises(KeyError, {}.__getitem__, "k")

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_fails_message(self):
        self.assertTrue(False, "custom message")

    def test_error(self):
        raise RuntimeError("boom")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1}, {"a": 2})

    def test_multiline(self):
        self.assertMultiLineEqual("one\ntwo\n", "one\n2\n")


def run_quietly(*names):
    # A runner writing to a StringIO: the result counts are stable.
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for n in names:
        suite.addTest(loader.loadTestsFromName(n, sys.modules[__name__]))
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    return result, stream.getvalue()


result, text = run_quietly("Arithmetic", "Strings")
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful())
print(sorted(t.id().split(".", 1)[1] for t, _ in result.failures))
print([t.id().split(".", 1)[1] for t, _ in result.errors])
for line in text.splitlines():
    if " ... " in line or line.startswith(("FAIL:", "ERROR:", "AssertionError", "RuntimeError", "- ", "+ ", "? ")):
        print(line)
print(events[:3])
for test, tb in result.failures:
    print(tb.strip().splitlines()[-1])

if __name__ == "__main__":
    unittest.main(defaultTest="Strings.test_upper", verbosity=0)
