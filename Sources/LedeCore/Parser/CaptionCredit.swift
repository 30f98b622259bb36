import Foundation

/// A picture's caption told by how its credit closes it in languages that put the
/// photographer's word after the name, or none at all: "（记者 张伟 摄）", "…佐藤健撮影",
/// "부산시 제공", "…(28) - Pedro Lima/Folhapress". (Credits that open with their label,
/// "Foto: …", "Ảnh: …", "Фото: …", are `Phrases.endsWithCredit`'s.)
enum CaptionCredit {
    /// Whether the text closes with a credit of its own words.
    static func closes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        if last == 0x29 || last == 0x89, bracketedWords.contains(where: { ends(bytes, with: $0) }) || opensBracketedCredit(bytes)
            || closesWithBracketedSource(bytes) { return true }
        if last >= 0x80 || last == 0x50, agencyEndings.contains(where: { ends(bytes, with: $0) }) { return true }
        if last >= 0x80, let word = closingWords.first(where: { ends(bytes, with: $0.word) }) {
            // Bare, the word ends headlines too ("…서비스 제공", "…の衝突を撮影"): only after the
            // caption's own mark, a sentence's end (Korean; Chinese "…。研究团队供图"), "＝"
            // (Japanese), "记者" (Chinese).
            let caption = UnsafeBufferPointer(rebasing: bytes.dropLast(word.word.count))
            guard let mark = word.after.withUnsafeBufferPointer({ PlainSearch.search($0, in: caption, caseInsensitive: false, backwards: false) }) else { return false }
            // After a Chinese full stop, the caption is that one sentence ("…活动。研究团队供图"), not a
            // paragraph that ends by crediting its pictures.
            guard word.after == Self.chineseFullStop else { return true }
            return caption.count <= maxSentenceCaptionBytes
                && Self.chineseFullStop.withUnsafeBufferPointer { PlainSearch.search($0, in: UnsafeBufferPointer(rebasing: caption[mark.upperBound...]), caseInsensitive: false, backwards: false) == nil }
        }
        if last >= 0x80, closesWithDayAndPlace(bytes) || last == 0x89 && closesWithBracketedDayAndPlace(bytes) { return true }
        return last != 0x2E && (endsWithAgencyAfterDash(bytes) || last &- 0x41 < 26 && endsWithAgencyAfterSentence(bytes))
    }

    /// "… ante la grada del Villamarín. EFE": one sentence, then the agency's name in capitals
    /// after its full stop. (A wire story signs off its last paragraph in brackets, "(ANP)", or
    /// after a dash; two sentences and more before the name are a paragraph's.)
    static func endsWithAgencyAfterSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let name = bytes[((bytes.lastIndex { $0 &- 0x41 >= 26 } ?? -1) + 1)...]
        guard name.count >= 2, name.count <= maxAgencyLetters, name.startIndex >= 3, bytes.count <= maxSentenceCaptionBytes * 2,
              bytes[name.startIndex - 1] == 0x20, bytes[name.startIndex - 2] == 0x2E, bytes[name.startIndex - 3] &- 0x30 >= 10,
              Phrases.agencies.contains(String(decoding: name.map { $0 | 0x20 }, as: UTF8.self)) else { return false }
        // (One sentence: no full stop, question or exclamation mark before its last; and that
        // one no abbreviation's, "3 p.c. EFE".)
        let sentence = bytes[..<(name.startIndex - 2)]
        let lastWord = sentence[((sentence.lastIndex(of: 0x20) ?? -1) + 1)...]
        return lastWord.count >= 2 && !lastWord.contains(0x2E)
            && !sentence.indices.dropLast().contains { (sentence[$0] == 0x2E || sentence[$0] == 0x3F || sentence[$0] == 0x21) && sentence[$0 + 1] == 0x20 }
    }

    /// The most letters of an agency's name after a caption's sentence ("REUTERS").
    static let maxAgencyLetters = 7

    /// A Japanese caption's day and place after "＝", closing it: "…の通り＝4日午後、旭川市",
    /// "…＝2024年6月12日、東京都千代田区". (After the mark, a figure first, and the day within
    /// a few characters of it; no sentence. Before it, a picture's description of ten characters
    /// or more, not a notice's label, "日時＝6月14日…", nor a list's item, "▽1回戦　…＝4日、…".)
    static func closesWithDayAndPlace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maxSentenceCaptionBytes * 2, let opening = bytes.first, opening != 0xE2, !bytes.starts(with: middleDot),
              let mark = lastIndex(of: equalsMark, in: bytes), mark >= minDescriptionBytes else { return false }
        let after = bytes[(mark + equalsMark.count)...]
        guard let first = after.first, first &- 0x30 < 10 || after.starts(with: [0xEF, 0xBC]) && after.dropFirst(2).first.map({ $0 &- 0x90 < 10 }) == true,
              after.count <= maxDayAndPlaceBytes, lastIndex(of: chineseFullStop, in: UnsafeBufferPointer(rebasing: after)) == nil else { return false }
        return lastIndex(of: day, in: UnsafeBufferPointer(rebasing: after.prefix(dayReach))) != nil
    }

    /// The same in full-width brackets closing it: "…とみられるフン（秋田市内、18日）",
    /// "…（18日午後、旭川市）". (Inside, a figure right before the day and a comma between day
    /// and place; no sentence. Before them, a description of fifteen characters or more, or of
    /// ten when the place ends in "で", where the picture was taken.)
    static func closesWithBracketedDayAndPlace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ends(bytes, with: fullWidthClose), let open = lastIndex(of: fullWidthOpen, in: bytes), open >= minDescriptionBytes else { return false }
        let inside = UnsafeBufferPointer(rebasing: bytes[(open + fullWidthOpen.count)..<(bytes.count - fullWidthClose.count)])
        // (A place the picture was taken at, "…長野県飯田市で", is a caption's after a shorter description.)
        guard open >= minBracketedDescriptionBytes || ends(inside, with: takenAt) else { return false }
        guard inside.count <= maxDayAndPlaceBytes, lastIndex(of: japaneseComma, in: inside) != nil,
              lastIndex(of: chineseFullStop, in: inside) == nil else { return false }
        var from = 0
        while let found = day.withUnsafeBufferPointer({ PlainSearch.search($0, in: UnsafeBufferPointer(rebasing: inside[from...]), caseInsensitive: false, backwards: false) }) {
            let at = from + found.lowerBound
            if at >= 1, inside[at - 1] &- 0x30 < 10 || at >= 3 && inside[at - 3] == 0xEF && inside[at - 2] == 0xBC && inside[at - 1] &- 0x90 < 10 { return true }
            from = at + day.count
        }
        return false
    }

    static let fullWidthOpen = Array("（".utf8), fullWidthClose = Array("）".utf8), japaneseComma = Array("、".utf8)
    /// The fewest bytes of the description before the brackets: fifteen characters (a review's
    /// headline names its concert so, "ベルリン・フィル日本公演（サントリーホール、18日）").
    static let minBracketedDescriptionBytes = 45
    /// "で" closing the place: where the picture was taken ("（15日午後、長野県飯田市で）").
    static let takenAt = Array("で".utf8)

    /// "＝", "日" (day), and how far they may be from what they bound: the day within the first
    /// few characters after the mark ("２０２４年６月１２日", 30 bytes), the day and place some 25 characters.
    static let equalsMark = Array("＝".utf8), day = Array("日".utf8)
    static let dayReach = 32, maxDayAndPlaceBytes = 80
    /// The fewest bytes of the description before "＝" (ten characters), and the middle dot that
    /// marks a list's item as ▽ ◇ ■ do (those open with E2).
    static let minDescriptionBytes = 30, middleDot = Array("・".utf8)

    /// Where `needle` last starts in `bytes`.
    private static func lastIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        needle.withUnsafeBufferPointer { PlainSearch.search($0, in: bytes, caseInsensitive: false, backwards: true)?.lowerBound }
    }

    /// Whether the text closes with a picture's label opening its last brackets, as Taiwanese
    /// and Chinese captions credit theirs: "…宣布加開場次。（圖／翻攝自林芮彤臉書）", "（图／新华社）".
    /// (After a caption of ten characters or more.)
    static func opensBracketedCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let open = lastIndex(of: fullWidthOpen, in: bytes) ?? lastIndex(of: [0x28], in: bytes), open >= minDescriptionBytes else { return false }
        let inside = bytes[(open + (bytes[open] == 0x28 ? 1 : fullWidthOpen.count))...]
        return bracketedLabels.contains { inside.starts(with: $0) }
    }

    /// Whether the text closes with a picture's source or agency in its own brackets after one
    /// clause: "…維持不變。（資料照）" (a file photo), "…（图源：企业）", "…イメージ（出典：あおば通信）",
    /// "…首脳会談（共同）". (Ten to forty characters before them, no sentence before that one, and
    /// no headline's ideographic space: a paragraph may end by naming its source, "…と発表した。
    /// （共同）", but after a full stop or a longer clause.)
    static func closesWithBracketedSource(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maxSourceCaptionBytes, ends(bytes, with: fullWidthClose),
              let open = lastIndex(of: fullWidthOpen, in: bytes), open >= minDescriptionBytes, open <= maxSourceDescriptionBytes,
              lastIndex(of: ideographicSpace, in: bytes) == nil else { return false }
        let inside = bytes[(open + fullWidthOpen.count)..<(bytes.count - fullWidthClose.count)]
        let isAgency = agencyNames.contains { inside.elementsEqual($0) }
        guard isAgency || sourceLabels.contains(where: { inside.starts(with: $0) }) else { return false }
        var description = UnsafeBufferPointer(rebasing: bytes[..<open])
        if description.count > chineseFullStop.count, ends(description, with: chineseFullStop) {
            // A wire story's paragraph ends with its agency after its sentence.
            if isAgency { return false }
            description = UnsafeBufferPointer(rebasing: description.dropLast(chineseFullStop.count))
        }
        return lastIndex(of: chineseFullStop, in: description) == nil
    }

    /// What opens a picture's source in its brackets: a file photo (資料照, 資料圖片, 檔案照片), the
    /// picture's source (图源, 圖片來源, Japanese 出典), a photograph's or image's label (写真, 画像).
    static let sourceLabels: [[UInt8]] = ["資料照", "资料照", "資料圖", "资料图", "資料相片", "檔案照", "档案照", "图源", "圖源", "图片来源", "圖片來源",
                                          "出典：", "写真：", "写真提供：", "画像：", "画像提供："].map { Array($0.utf8) }
    /// The agencies Japanese captions close with in brackets.
    static let agencyNames: [[UInt8]] = ["共同", "時事", "ロイター", "AP", "AFP", "EPA", "共同通信", "AFP時事", "ゲッティ"].map { Array($0.utf8) }
    /// The most bytes of such a caption (some 80 characters), and of its description before the
    /// brackets (some 40: a paragraph that names its source is longer, "…最も低かった（出典：厚生労働省）").
    static let maxSourceCaptionBytes = 240, maxSourceDescriptionBytes = 120
    /// The space that parts a Japanese or Chinese headline's clauses ("…を発射　日本のEEZ外に落下か（共同）"):
    /// never a caption's.
    static let ideographicSpace = Array("　".utf8)

    /// Whether the text opens with a picture's mark, as Japanese sites set captions between
    /// paragraphs: "【写真】早朝、…". (One sentence at most, some 80 characters, and no headline's
    /// ideographic space: "【圖】百年老照片曝光　重現…" heads a gallery. "▲" is no such mark: it
    /// opens list items too.)
    static func opensWithPictureMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // ("【" and "〔" open E3 80, "［" EF BC: most Japanese lines open E3 and another byte.)
        guard bytes.count > 3, bytes.count <= maxSourceCaptionBytes, bytes[0] == 0xE3 && bytes[1] == 0x80 || bytes[0] == 0xEF && bytes[1] == 0xBC,
              let mark = pictureMarks.first(where: { bytes.starts(with: $0) }), bytes.count > mark.count,
              lastIndex(of: ideographicSpace, in: bytes) == nil else { return false }
        let rest = UnsafeBufferPointer(rebasing: bytes.dropFirst(mark.count))
        let body = ends(rest, with: chineseFullStop) ? UnsafeBufferPointer(rebasing: rest.dropLast(chineseFullStop.count)) : rest
        return lastIndex(of: chineseFullStop, in: body) == nil
    }

    static let pictureMarks: [[UInt8]] = ["【写真】", "［写真］", "〔写真〕", "【画像】", "［画像］", "【圖】", "【图】"].map { Array($0.utf8) }

    /// A picture's label and the slash or colon after it: 圖 (图), 照片, 攝影 (摄影).
    static let bracketedLabels: [[UInt8]] = ["圖／", "图／", "圖/", "图/", "圖：", "图：", "照片／", "照片：", "攝影／", "摄影／"].map { Array($0.utf8) }

    /// The photographer's or provider's word closing a caption in brackets: Chinese 摄 (攝),
    /// 提供 and 供图 (供圖), Japanese 撮影, Korean 제공 ("provided by").
    static let bracketedWords: [[UInt8]] = ["摄）", "摄)", "攝）", "攝)", "撮影）", "撮影)", "제공)", "提供）", "提供)", "供图）", "供图)", "供圖）", "供圖)"]
        .map { Array($0.utf8) }
    /// A Japanese caption's agency after "＝", closing it: "…（28日、東都ドーム）＝共同".
    static let agencyEndings: [[UInt8]] = ["＝共同", "＝時事", "＝ロイター", "＝AP", "＝AFP時事", "＝EPA時事", "＝ゲッティ共同"].map { Array($0.utf8) }
    static let chineseFullStop = Array("。".utf8)
    /// The most bytes of a one-sentence caption before its provider's word (some 50 characters).
    static let maxSentenceCaptionBytes = 150
    /// The same words bare, each with the mark the caption sets before its credit (and Korean
    /// 자료사진, "file photo", after a sentence).
    static let closingWords: [(word: [UInt8], after: [UInt8])] = [("제공", ". "), ("자료사진", ". "), ("撮影", "＝"), ("摄", "记者"), ("攝", "記者"),
                                                                   ("供图", "。"), ("供圖", "。"),
                                                                   (" 图", "记者"), (" 圖", "記者")]
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with word: [UInt8]) -> Bool {
        bytes.count > word.count && bytes[(bytes.count - word.count)...].elementsEqual(word)
    }

    /// "… - Pedro Lima/Folhapress": after the last " - " (or en or em dash), a name and its
    /// agency run together by a slash in the last word, a few capitalised words, no figure,
    /// comma or sentence ("Hampton Inn - Arsenal/South Parkway, 700" is a venue, "Election
    /// night - Harris vs Trump/Vance" a headline).
    static func endsWithAgencyAfterDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // (No slash near the end, no credit: asked of most lines, so looked for with `memchr`.)
        let tail = bytes.suffix(maxCreditBytes)
        guard let base = bytes.baseAddress, memchr(base + tail.startIndex, 0x2F, tail.count) != nil else { return false }
        var index = bytes.count - 1
        while index > tail.startIndex + 1 {
            if bytes[index] == 0x20, isDash(before: index, in: bytes) {
                let credit = bytes[(index + 1)...]
                let words = credit.split(separator: 0x20)
                guard (2...creditWords).contains(words.count), let lastWord = words.last, let slash = lastWord.firstIndex(of: 0x2F),
                      slash > lastWord.startIndex, slash + 1 < lastWord.endIndex,
                      words.allSatisfy({ $0.first.map { $0 &- 0x41 < 26 || $0 >= 0xC3 } ?? false }), bytes[slash + 1] &- 0x41 < 26 else { return false }
                return !credit.contains { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 || $0 == 0x2C || $0 &- 0x30 < 10 }
            }
            index -= 1
        }
        return false
    }

    /// A picture's credit alone on its line, a name and its agency run together by one slash:
    /// "NASA/JPL", "Reuters/Jane Doe", "Jae C. Hong/AP". A few capitalised words, no figure, comma
    /// or sentence; one slash only ("Home/Cities/Pune" is a breadcrumb trail).
    static func isBareCredit(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 1, words <= bareCreditWords, bytes.count <= maxCreditBytes, let base = bytes.baseAddress,
              let found = memchr(base, 0x2F, bytes.count) else { return false }
        let slash = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        guard slash > 0, slash + 1 < bytes.count, bytes[slash - 1] != 0x20, bytes[(slash + 1)...].firstIndex(of: 0x2F) == nil,
              bytes[slash + 1] &- 0x41 < 26 else { return false }
        let isCapital = { (byte: UInt8?) in byte.map { $0 &- 0x41 < 26 || $0 >= 0xC3 } ?? false }
        // (A full stop only after an initial: "Jae C. Hong/AP".)
        let isInitial = { (word: ArraySlice<UInt8>) in word.count == 2 && word.last == 0x2E }
        let words = bytes.split(separator: 0x20).map { ArraySlice($0) }
        guard words.allSatisfy({ isCapital($0.first) && (!$0.contains(0x2E) || isInitial($0)) }),
              !bytes.contains(where: { $0 == 0x3F || $0 == 0x21 || $0 == 0x2C || $0 == 0x3A || $0 &- 0x30 < 10 }) else { return false }
        // The agency's side says it is a credit: an agency named ("Reuters/Jane Doe") or initials
        // in capitals ("NASA/JPL", "Jane Doe/AP"), not two short ones ("AC/DC") nor a pair of
        // words ("Pros/Cons", "Work/Life").
        let wordStart = bytes[..<slash].lastIndex(of: 0x20).map { $0 + 1 } ?? 0
        let before = bytes[wordStart..<slash], after = bytes[(slash + 1)...]
        let isCapitals = { (part: Slice<UnsafeBufferPointer<UInt8>>) in
            part.count >= 2 && part.allSatisfy { $0 &- 0x41 < 26 || $0 == 0x20 }
        }
        let lowered = { (part: Slice<UnsafeBufferPointer<UInt8>>) in String(decoding: part.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) }
        if Phrases.agencies.contains(lowered(before)) || Phrases.agencies.contains(lowered(after)) { return true }
        let afterWord = after.prefix { $0 != 0x20 }
        return isCapitals(after) && !(isCapitals(before) && before.count <= 3 && afterWord.count <= 3)
    }

    /// The most words of a credit alone on its line.
    static let bareCreditWords = 4

    /// Whether " -", " –" or " —" ends right before `index`.
    private static func isDash(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if index >= 2, bytes[index - 1] == 0x2D, bytes[index - 2] == 0x20 { return true }
        return index >= 4 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && (bytes[index - 1] == 0x93 || bytes[index - 1] == 0x94) && bytes[index - 4] == 0x20
    }

    /// The most bytes and words of a credit after its dash.
    static let maxCreditBytes = 60
    static let creditWords = 5
}
