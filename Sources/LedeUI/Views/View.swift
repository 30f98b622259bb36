/// A part of the screen. A view is made from only the values it draws (never the whole state),
/// draws inside the area it is given, and changes nothing else. `Screen` makes the views.
protocol View {
    func render(in area: Rect, into canvas: inout Canvas)
}
