@testable import LedeCore
import Testing

/// Lines of code or markup a technical article quotes, told from prose and menus by how they
/// open and end.
@Suite struct CodeLineTests {
    @Test func statementsBlocksCommentsAndTagsAreCode() {
        for line in ["var cow = new Cow();", "function Cow(name) {", "}", "});", "// cow.js", "/* setup */",
                     "<script src=\"vendor/chai.js\"></script>", "</html>", "<!DOCTYPE html>", "{% for i in items %}",
                     "describe(\"Cow\", function() {", "exports.Cow = [", ")", "))", "]);", ") {", "]).then(res => {"] {
            #expect(CodeLine.matches(line), "\(line)")
        }
    }

    @Test func proseMenusAndHeadlinesAreNotCode() {
        for line in ["The harbour city counts the cost.", "Home", "Glass cloche terrariums (Lucy Akins)",
                     "Running the tests now gives us something like this:", "3 < 4 in most places", "< Back", "/ News", ") and so on", ""] {
            #expect(!CodeLine.matches(line), "\(line)")
        }
    }
}
