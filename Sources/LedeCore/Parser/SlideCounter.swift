/// A gallery's or slideshow's counter: "1 of 8", "Slide 3 of 12", "2 / 11", "1 de 8", "1 von 8".
/// Furniture however prose-like the slides around it are. (The count is at most the total: "24/7" is none.)
enum SlideCounter {
    /// (Inlined: a line without a digit or of more than eight words, nearly every line, is turned
    /// away without a call, which was handed a copy of the line.)
    @inline(__always)
    static func matches(_ line: Line) -> Bool {
        total(of: line) != nil
    }

    /// The counter's total ("8" of "1 of 8"), when the line is a counter.
    @inline(__always)
    static func total(of line: Line) -> Int? {
        // (Up to eight words: Thai counts its spaced words and one more for every four letters
        // and marks, "ภาพที่ 1 จาก 8" six.)
        guard line.digits > 0, line.wordCount >= 1, line.wordCount <= 8 else { return nil }
        return totalOfShort(line)
    }

    @inline(never)
    private static func totalOfShort(_ line: Line) -> Int? {
        guard line.text.utf8.count <= 40, endsInTotal(line.text) else { return nil }
        let lower = line.lower
        // The count and the total are numbers apart: most short lines with a digit ("2 min
        // read", "Nov 5", "2019") are turned away here, before splitting them by Characters.
        guard digitRuns(in: lower) >= 2 else { return nil }
        var words = lower.split(separator: " ")
        // "N/M" written as one word.
        if words.count == 1 || words.last?.contains("/") == true, let last = words.popLast() {
            let parts = last.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            words += [parts[0], "/", parts[1]]
        }
        guard words.count >= 3, words.count <= 4 else { return nil }
        let tail = words.suffix(3)
        guard let of = total(count: tail[tail.startIndex], separator: tail[tail.startIndex + 1], of: tail[tail.startIndex + 2]) else { return nil }
        // (A word before the count names the slides, "Photo 2 of 6": not a label, "Children: 1 of 5".)
        let named = words.count == 3 || !words[0].contains { $0.isNumber } && words[0].last != ":"
        return named ? of : nil
    }

    /// The total of a counter's three words ("2", "of", "6"; `separator` lowered): figures both,
    /// the count from one to the total, "of" or a slash between.
    private static func total(count: Substring, separator: Substring, of total: Substring) -> Int? {
        guard isNumber(count), isNumber(total), let at = Int(count), let of = Int(total), at >= 1, at <= of,
              separators.contains(String(separator)) else { return nil }
        return of
    }

    /// Whether the text ends in digits after a space or a slash, as a counter ends in its total
    /// ("of 8", "/ 11", "/11"): most short lines with a digit ("Nov 5", "2 min read") are turned
    /// away by their last bytes, before a lowered copy of them is made and split.
    private static func endsInTotal(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var start = bytes.count
            while start > 0, bytes[start - 1] &- 0x30 < 10 { start -= 1 }
            return start < bytes.count && start > 0 && (bytes[start - 1] == 0x20 || bytes[start - 1] == 0x2F)
        }
    }

    /// How many runs of ASCII digits the text has.
    private static func digitRuns(in text: String) -> Int {
        var runs = 0, inRun = false
        for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit && !inRun { runs += 1 }
            inRun = isDigit
        }
        return runs
    }

    /// Whether the line is a slide's caption behind its counter ("Item 1 of 2 A customer walks
    /// past …", "Photo 3 of 12 Firefighters on …"): a counter named as a slide (`slideNames`:
    /// "Day 3 of 10: …" heads a diary, "3 of 4 Americans …" a survey's story), then
    /// `captionWords` words or more. A gallery's caption, never a headline.
    static func opensCaption(_ line: Line) -> Bool {
        guard line.digits >= 2, line.wordCount > captionWords + 3,
              let name = NotAHeadline.firstWordLowered(line.text), slideNames.contains(name) else { return false }
        let words = line.text.split(separator: " ", maxSplits: 4 + captionWords)
        guard words.count >= 4 + captionWords else { return false }
        return total(count: words[1], separator: Substring(words[2].lowercased()), of: words[3]) != nil
    }

    /// The fewest words of a caption behind its counter.
    static let captionWords = 3
    /// What a gallery names its slides, lowered.
    static let slideNames: Set<String> = ["item", "photo", "image", "picture", "slide", "foto", "bild", "imagen", "immagine", "afbeelding", "zdjęcie", "фото"]

    private static func isNumber(_ word: Substring) -> Bool {
        !word.isEmpty && word.utf8.count <= 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "of" in the languages of the dev corpora and their neighbours, and a slash.
    static let separators: Set<String> = ["of", "/", "de", "von", "di", "z", "ze", "sur", "van", "av", "из", "з", "із", "din", "από", "dari", "จาก"]
}

/// The slides' titles of a gallery run into the page: "1/50 United goin down", "2/50 Star Wars
/// boosts economy", … each over its caption. Fifty captions outweigh the article they stand
/// beside, so each title walls the region off like a teaser. A gallery counts from one: the
/// titles with one total are read only when slides 1, 2 and 3 are among them (a recipe's "1/4 cup",
/// "3/4 teaspoon" is no gallery, nor a list of dates).
enum GalleryTitles {
    /// Per line, whether it is a slide's title.
    static func find(in lines: [Line]) -> [Bool]? {
        var slides: [(index: Int, count: Int, total: Int)] = []
        // (A title holds two numbers at least: most lines are turned away by their count of
        // digits, read where they lie, through the buffer: a copy of each line retained and
        // released its strings, and each look into the array was checked.)
        lines.withUnsafeBufferPointer { lines in
            for index in lines.indices where lines[index].digits >= 2 {
                guard let slide = counter(opening: lines[index].text) else { continue }
                slides.append((index, slide.count, slide.total))
            }
        }
        guard slides.count >= 3 else { return nil }
        var titles = [Bool](repeating: false, count: lines.count), found = false
        for total in Set(slides.map(\.total)) {
            let ofTotal = slides.filter { $0.total == total }
            guard Set(ofTotal.map(\.count)).isSuperset(of: [1, 2, 3]) else { continue }
            for slide in ofTotal { titles[slide.index] = true }
            found = true
        }
        return found ? titles : nil
    }

    /// The "N/M" opening `text` before a word, when N is one to M.
    static func counter(opening text: String) -> (count: Int, total: Int)? {
        text.withUTF8Bytes { bytes in
            guard let first = bytes.first, first &- 0x30 < 10 else { return nil }
            func number(from start: Int) -> (value: Int, end: Int)? {
                var end = start, value = 0
                while end < bytes.count, end - start < 3, bytes[end] &- 0x30 < 10 { value = value * 10 + Int(bytes[end] - 0x30); end += 1 }
                return end > start ? (value, end) : nil
            }
            guard let count = number(from: 0), count.end < bytes.count, bytes[count.end] == 0x2F,
                  let total = number(from: count.end + 1), total.end + 1 < bytes.count, bytes[total.end] == 0x20,
                  count.value >= 1, count.value <= total.value, total.value >= 3 else { return nil }
            return (count.value, total.value)
        }
    }
}
