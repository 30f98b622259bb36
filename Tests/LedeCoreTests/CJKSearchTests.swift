import LedeCore
import Testing

/// Chinese, Japanese and Korean have no spaces between words (or, in Korean, particles on them):
/// a word is found anywhere in a run of their characters, and only where its characters are
/// side by side.
@Suite struct CJKSearchTests {
    static let page = Page(path: "p.txt", title: "P", stories: [
        Story(kind: .article, headline: "元旦のイソップ童話", paragraphs: ["ある日、子どもたちが童話を読みました。"]),
        Story(kind: .article, headline: "港特首梁振英就住宅违建事件道歉", paragraphs: ["他承认住宅的违建问题。"]),
        Story(kind: .article, headline: "無線LANケーブルとWi-Fiルーター", paragraphs: ["違反した建物は、違法。建て替え問題。大学生と学生会"]),
        Story(kind: .article, headline: "서울에서 열린 회의", paragraphs: ["Nothing else here."]),
    ])
    let index = SearchIndex(library: Library(pages: [Self.page]))

    func ids(_ query: String) -> [Int] {
        index.search(SearchQuery(parsing: query)).map(\.id.rawValue).sorted()
    }

    /// The text of each highlight range, and where it starts (in characters).
    func highlights(_ query: String, in text: String) -> [String] {
        SearchQuery(parsing: query).matches(in: text).map { "\(text.distance(from: text.startIndex, to: $0.lowerBound)):\(text[$0])" }
    }

    @Test func aWordInTheMiddleOfARunIsFound() {
        #expect(ids("童話") == [0])
        #expect(ids("违建") == [1])
        #expect(ids("振英 ") == [1])
        #expect(ids("违建问题") == [1])
        #expect(ids("ケーブル") == [2])
        #expect(ids("서울") == [3])
    }

    @Test func oneCharacterIsFoundWhereverItIs() {
        #expect(ids("話") == [0])   // only ever a run's last character
        #expect(ids("旦") == [0])
        #expect(ids("英") == [1])
        #expect(ids("の") == [0])
    }

    /// Found as a whole word, not only as the prefix of the word being typed.
    @Test func aQueryAtARunsStartIsFoundWhenFinished() {
        #expect(ids("港特首 ") == [1])
        #expect(ids("元旦のイ 童話") == [0])
        #expect(ids("港特首梁振英就住宅违建事件道歉 ") == [1])
    }

    @Test func latinWordsInsideJapaneseTextAreWords() {
        #expect(ids("LAN ") == [2])
        #expect(ids("Wi-Fi") == [2])
        #expect(ids("LANケーブル") == [2])
        #expect(ids("\"Wi-Fi ルーター\"") == [2])
        #expect(highlights("LANケーブル wi-fi", in: "無線LANケーブルとWi-Fiルーター") == ["2:LAN", "5:ケーブル", "10:Wi", "13:Fi"])
    }

    @Test func charactersThatAreNotSideBySideDoNotMatch() {
        #expect(ids("违问") == [])
        #expect(ids("違建") == [])          // 違 … 建 in the same paragraph, apart
        #expect(ids("違法建") == [])        // 違法 and 法。建: a run ends between them
        #expect(ids("大学生会") == [])      // 大学, 学生 and 生会 are all there, but not together
        #expect(ids("大学生") == [2])
        #expect(ids("\"事件 违建\"") == [])
        #expect(ids("\"违建 事件\"") == [1])
    }

    @Test func excludedCJKWordsLeaveTheirStoriesOut() {
        #expect(ids("住宅 -违建问题") == [])
        #expect(ids("住宅 -问题违建") == [1])
        #expect(ids("の -童") == [])
    }

    @Test func highlightsCoverExactlyTheQuerysCharacters() {
        #expect(highlights("違建", in: "港特首梁振英就住宅违建事件道歉") == [])
        #expect(highlights("违建", in: "港特首梁振英就住宅违建事件道歉，违建") == ["9:违建", "16:违建"])
        #expect(highlights("童話", in: "元旦のイソップ童話童話") == ["7:童話", "9:童話"])
        #expect(highlights("の", in: "元旦のイソップ童話の") == ["2:の", "9:の"])
        #expect(highlights("梁振英 道歉", in: "港特首梁振英就住宅违建事件道歉") == ["3:梁振英", "13:道歉"])
        // The longest query word is taken where two start at one place.
        #expect(highlights("梁振 梁振英", in: "梁振英梁振") == ["0:梁振英", "3:梁振"])
        // A combining sound mark belongs to its kana.
        #expect(highlights("か", in: "たか\u{3099}い") == ["1:か\u{3099}"])
    }

    @Test func aSnippetShowsTheMatchInsideARun() {
        let story = Self.page.stories[1]
        #expect(SearchResultFormatter.snippet(for: story, query: SearchQuery(parsing: "违建"), width: 6) == "…宅的违建问题…")
    }
}
