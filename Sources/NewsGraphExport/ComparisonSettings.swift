import Foundation
import NewsGraphCore

/// Which relations and diagnostics `newsgraph compare` reads as disagreements between sources:
/// data (`Resources/comparison.json`), so the lists can be changed without code.
public struct ComparisonSettings: Codable, Hashable, Sendable {
    public var claimRelations: [RelationType]
    /// A claim is stated by at most this many articles...
    public var claimMaxStating: Int
    /// ...while at least this many other articles name both its ends without stating it.
    public var claimMinSilent: Int
    /// Mentions of a relation's two ends this close (in code points) count as named together
    /// when the sentence of either is not known.
    public var claimNearbyCharacters: Int
    /// An entity of these types that only one source names...
    public var singleSourceTypes: [EntityType]
    /// ...in a story this many sources cover is a claim of that source alone.
    public var singleSourceMinStory: Int
    public var nameMerges: [String]
    public var nameNearMerges: [String]

    public static let standard: ComparisonSettings = {
        guard let url = Bundle.module.url(forResource: "comparison", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let settings = try? JSONDecoder().decode(ComparisonSettings.self, from: data)
        else { fatalError("Resources/comparison.json is missing or malformed: the package is incomplete") }
        return settings
    }()
}
