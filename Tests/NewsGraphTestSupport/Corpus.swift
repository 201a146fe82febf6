import Foundation

/// Generated articles for tests that need many (kill -9, concurrent ingests): deterministic, so two runs compare.
package enum Corpus {
    package static let firstNames = [
        "Angela", "Emmanuel", "Olaf", "Boris", "Ruth", "Zhanargul", "Li", "Maria", "John", "Fatima",
        "Ivan", "Chen", "Amina", "Pedro", "Yuki", "Kofi",
    ]
    package static let surnames = [
        "Merkel", "Macron", "Scholz", "Johnson", "Ingram", "Zhumatai", "Wei", "Garcia", "Smith", "Khan",
        "Petrov", "Ling", "Diallo", "Silva", "Tanaka", "Mensah",
    ]
    package static let places = [
        "Paris", "Berlin", "Warsaw", "London", "Beijing", "Almaty", "Madrid", "Rome", "Accra", "Lima",
    ]

    /// `count` JSON Lines articles with ids `prefix0`, `prefix1`, ...; `seed` picks the names.
    package static func jsonLines(count: Int, prefix: String, seed: UInt64, sentences: Int = 12) -> String {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var out = ""
        for i in 0..<count {
            var text = ""
            for k in 0..<sentences {
                let a = firstNames[next(firstNames.count)] + " " + surnames[next(surnames.count)]
                let b = firstNames[next(firstNames.count)] + " " + surnames[next(surnames.count)]
                text += "On day \(i) \(a) met \(b) in \(places[next(places.count)]) to discuss item \(k). "
            }
            out += "{\"id\": \"\(prefix)\(i)\", \"text\": \"\(text)\"}\n"
        }
        return out
    }
}
