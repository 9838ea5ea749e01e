import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExtraction

/// Reads the articles a user names: files, folders of `.txt` files (subfolders too), or `-` for standard input.
enum ArticleInputs {
    /// The articles of `inputs`, as `build` and `extract` start, and a message for each input
    /// that could not be read (already reported). Throws `CommandFailure.reported` when there
    /// is nothing to extract.
    static func read(_ inputs: [String]) throws -> (articles: [Article], failures: [String]) {
        let (articles, failures) = readable(inputs)
        failures.forEach(Report.error)
        guard !articles.isEmpty else {
            if failures.isEmpty { Report.error("no articles to read") }
            throw CommandFailure.reported
        }
        return (articles, failures)
    }

    /// Leaves out of `articles` each one whose id cannot name a file, reporting each and adding
    /// it to `failures`; nothing left is an error, already reported.
    static func keepNameable(_ articles: inout [Article], failures: inout [String]) throws {
        let (named, unnamed) = nameable(articles)
        unnamed.forEach(Report.error)
        failures += unnamed
        articles = named
        guard !articles.isEmpty else { throw CommandFailure.reported }
    }

    /// The articles whose id (their file name) can name an output file, and a message for each
    /// of the others: `--per-document` names each article's files by its id.
    static func nameable(_ articles: [Article]) -> (named: [Article], failures: [String]) {
        var named: [Article] = []
        var failures: [String] = []
        for article in articles {
            if let problem = FileName.problem(article.document.id) {
                failures.append(
                    "cannot write the graph of article \(article.document.path): "
                        + "its id '\(article.document.id)' cannot name a file (\(problem))")
            } else {
                named.append(article)
            }
        }
        return (named, failures)
    }

    /// The articles that could be read, and one message per input that could not.
    private static func readable(_ inputs: [String]) -> (articles: [Article], failures: [String]) {
        var articles: [Article] = []
        var failures: [String] = []
        var seen = Set<String>()
        for input in inputs {
            if input == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                do { articles.append(try ArticleReader.decode(data, id: "stdin", path: "-")) } catch { failures.append("\(error)") }
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                failures.append("\(ExtractionError.missing(path: input))")
                continue
            }
            let paths: [String]
            if isFolder.boolValue {
                do {
                    let listing = try ArticleReader.listing(input)
                    paths = listing.articles
                    failures += listing.unreadable.map { "cannot read articles in \($0): cannot list the folder" }
                } catch {
                    failures.append("\(error)")
                    continue
                }
            } else {
                paths = [input]
            }
            for path in paths {
                do {
                    let article = try ArticleReader.read(path: path)
                    guard seen.insert(article.document.id).inserted else {
                        failures.append("cannot read article \(path): another article has the id '\(article.document.id)'")
                        continue
                    }
                    articles.append(article)
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        return (articles, failures)
    }
}
