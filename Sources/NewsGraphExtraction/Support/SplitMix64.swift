/// SplitMix64: a small random number generator whose sequence is fixed by its seed on every
/// platform, for what must come out the same on every run (the models' training order, tests'
/// random splits). Its output is `NameFeatures.mix` of a counter stepped by the golden ratio.
package struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        defer { state &+= 0x9E37_79B9_7F4A_7C15 }
        return NameFeatures.mix(state)
    }
}
