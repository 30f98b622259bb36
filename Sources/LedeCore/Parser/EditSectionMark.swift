/// A wiki's edit link on a line of its own, "[edit]" or "[edit | edit source]": MediaWiki
/// (Wikipedia, Fandom and most wikis) draws it after every section heading, and a page saved
/// from its current look has it on the line below the heading. Read as a line, it cut the
/// heading from its section and the section's paragraphs from one another, so that the
/// article's prose read as teasers between links; it is read as a blank line instead.
enum EditSectionMark {
    /// Whether the trimmed bytes are such a mark: bracketed, each part between "|" one of the
    /// wikis' labels for it (`labels`).
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4, bytes.count <= longest, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return false }
        let inside = String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)
        return inside.split(separator: "|").allSatisfy { part in
            labels.contains(part.trimmingSpaces().lowercased())
        }
    }

    /// The longest mark in bytes: two labels and their brackets ("[редактировать | править код]").
    private static let longest = 80

    /// MediaWiki's labels for the link ("editsection" and "editsource") in the languages of its
    /// larger wikis, lower-cased.
    private static let labels: Set<String> = [
        "edit", "edit source", "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code",
        "editar", "editar código", "editar código-fonte", "modifica", "modifica wikitesto", "bewerken",
        "brontekst bewerken", "edytuj", "edytuj kod", "править", "править код", "редактировать", "ред.",
        "ред. код", "редагувати", "редагувати код", "uredi", "uredi izvor", "редактиране", "редактиране на кода",
        "уреди", "уреди извор", "modifica el codi", "editovat", "editovat zdroj", "upraviť", "upraviť zdroj",
        "szerkesztés", "forrásszöveg szerkesztése", "redigera", "redigera wikitext", "rediger", "rediger kildetekst",
        "rediger kilde", "muokkaa", "muokkaa wikitekstiä", "değiştir", "kaynağı değiştir", "sunting",
        "sunting sumber", "sửa", "sửa mã nguồn", "編集", "ソースを編集", "编辑", "編輯", "编辑源代码",
        "編輯原始碼", "편집", "원본 편집", "επεξεργασία", "επεξεργασία κώδικα", "modificare",
        "modificare sursă", "عدل", "عدل المصدر", "ویرایش", "ویرایش مبدأ", "עריכה", "עריכת קוד מקור",
        "แก้ไข", "แก้ไขต้นฉบับ", "संपादित करें", "स्रोत सम्पादित करें",
    ]
}

private extension Substring {
    /// Without the spaces at its ends.
    func trimmingSpaces() -> Substring {
        var part = self
        while part.first == " " { part = part.dropFirst() }
        while part.last == " " { part = part.dropLast() }
        return part
    }
}
