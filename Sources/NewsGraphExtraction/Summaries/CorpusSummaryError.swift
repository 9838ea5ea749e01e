/// Why a summary cannot take what it is given.
public enum CorpusSummaryError: Error, CustomStringConvertible, Equatable {
    /// An article summed twice: two shards of a corpus hold it, or one file was given twice.
    case duplicateDocument(String)

    public var description: String {
        switch self {
        case .duplicateDocument(let id): "the article '\(id)' is summed twice"
        }
    }
}
