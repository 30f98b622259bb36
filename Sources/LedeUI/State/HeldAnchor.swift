import LedeCore

/// The anchor a resize or a restored place put the pane at, and what it was for. A line found
/// for an anchor starts at it or a little before it; taking the anchor of that line again at
/// each resize would creep up the story as a window edge is dragged (each width a step), and a
/// place restored at another width would creep up a little more each run. So the anchor is
/// kept for as long as the pane stays where it put it: the same story, teaser, and line.
struct HeldAnchor: Sendable, Equatable {
    var anchor: TextAnchor
    var story: StoryID
    var expanded: Bool
    /// The pane's offset the anchor gave (after clamping), at the width then.
    var offset: Int

    /// Whether the pane is still where the anchor put it.
    func holds(_ story: StoryID, expanded: Bool, offset: Int) -> Bool {
        story == self.story && expanded == self.expanded && offset == self.offset
    }
}
