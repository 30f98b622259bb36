@testable import LedeCore
import Testing

/// The controls and headers of a reader comment thread, told from an article's own lines.
@Suite struct CommentLineTests {
    func isCommentFurniture(_ text: String) -> Bool {
        PageParser.split(text)[0].isCommentFurniture
    }

    @Test func aCommentsControlsAndHeadersAreThreadFurniture() {
        for line in ["Reply", "reply", "Report", "Flag", "Permalink", "Report Abuse", "Report this Comment", "Antworten", "Répondre",
                     "MsElmeno • 2 weeks ago", "Alex Perry 1 day ago",
                     "Report this Comment On December 23, 2014, at 10:07 PM, argusdc wrote:",
                     // A blog's header in Chinese: the writer, a date, then "Reply" (readability/pixnet's thread).
                     "史蒂文的家_藍天 於 2014/01/01 20:46 回覆", "小明 2014-01-02 09:15 回复",
                     // "Reply" in the other languages, its key beyond ASCII or not.
                     "Απάντηση", "Ответить", "Відповісти", "Trả lời", "ตอบกลับ", "返信", "답글", "Odpowiedz", "Yanıtla"] {
            #expect(isCommentFurniture(line), "\(line)")
        }
    }

    @Test func anArticlesOwnLinesAreNot() {
        for line in ["Share", "Edit", "Comments", "The report was published on Monday.", "Posted 3 hours ago", "Updated 2 days ago",
                     "3 hours ago", "The minister said:", "Makali wrote:", "Replying to critics, the mayor stood firm",
                     "It happened 2 weeks ago, when the harbour wall first gave way to the storm surge",
                     "我們會盡快回覆",
                     // Headings that end in the reply words, with figures but no time (QA).
                     "ルール1　24時間以内に返信", "第1階段：24小時內電話回覆"] {
            #expect(!isCommentFurniture(line), "\(line)")
        }
    }
}
