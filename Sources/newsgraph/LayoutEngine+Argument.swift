import ArgumentParser
import NewsGraphGraphviz

extension LayoutEngine: ExpressibleByArgument {}
