import NewsGraphCore
import NewsGraphText

/// Case-folded 64-bit keys for tokens and token sequences, so gazetteer lookups hash integers, not strings.
///
/// A token's key folds ASCII case, maps `’` to `'`, and ignores a final period (`St.` and `St` share a key).
/// A phrase key is its first token's key combined with the following tokens' keys in order, so a one-token
/// phrase has the token's key.
package enum NameKey {
    package static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The key of `scalars[start..<end]`.
    @inline(__always)
    package static func token(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        var h = empty
        var e = end
        if e - start > 1 && s[e - 1] == "." { e -= 1 }
        var k = start
        while k < e {
            var v = s[k].value
            if v < 128 {
                if v >= 65 && v <= 90 { v += 32 }
            } else if v == 0x2019 || v == 0x2018 {
                v = 39
            } else {
                v = NameKey.lower(s[k]).value
            }
            h = (h ^ UInt64(v)) &* 0x100_0000_01b3
            k += 1
        }
        return h
    }

    package static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let p = c.properties
        guard p.changesWhenLowercased, let l = p.lowercaseMapping.unicodeScalars.first else { return c }
        return l
    }

    /// The key of a phrase: `combine(combine(k1, k2), k3)`…
    @inline(__always)
    package static func combine(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        var z = (phrase &* 0x9e37_79b9_7f4a_7c15) &+ token
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The phrase key of `text`, tokenized as articles are (so `U.S.` and `Bosnia and Herzegovina` match).
    package static func phrase(_ text: String) -> (key: UInt64, tokens: Int) {
        let buffer = TextBuffer(text)
        let tokens = Tokenizer().tokens(in: buffer, range: buffer.fullRange)
        var key = empty
        buffer.scalars.withUnsafeBufferPointer { s in
            for (n, t) in tokens.enumerated() {
                let k = token(s, t.range.start, t.range.end)
                key = n == 0 ? k : combine(key, k)
            }
        }
        return (key, tokens.count)
    }
}
