/// What no list inside an article holds, whatever its shape: a call to action, a box's heading,
/// a heading that ends articles, an expand control (`LeadInLists`, `NumberedSections`).
enum ListFurniture {
    static func holds(_ line: Line) -> Bool {
        line.isCallToAction || line.opensLinkBox || line.endsArticle || line.isExpandControl
    }
}
