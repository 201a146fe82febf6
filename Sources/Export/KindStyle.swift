import NewsGraphCore

/// How each entity kind looks in DOT, yEd GraphML and GEXF, so the formats agree.
package struct KindStyle {
    package var dotShape: String
    package var yEdShape: String
    /// `#RRGGBB`.
    package var fillColor: String
    package var red: Int, green: Int, blue: Int

    package init(_ kind: EntityKind) {
        switch kind {
        case .person: self.init(dot: "ellipse", yEd: "ellipse", red: 0xAE, green: 0xC7, blue: 0xE8)
        case .place: self.init(dot: "box", yEd: "rectangle", red: 0x98, green: 0xDF, blue: 0x8A)
        case .organization: self.init(dot: "hexagon", yEd: "hexagon", red: 0xFF, green: 0xBB, blue: 0x78)
        case .group: self.init(dot: "octagon", yEd: "octagon", red: 0xC5, green: 0xB0, blue: 0xD5)
        }
    }

    private init(dot: String, yEd: String, red: Int, green: Int, blue: Int) {
        dotShape = dot
        yEdShape = yEd
        self.red = red
        self.green = green
        self.blue = blue
        func hex(_ value: Int) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        fillColor = "#" + hex(red) + hex(green) + hex(blue)
    }
}
