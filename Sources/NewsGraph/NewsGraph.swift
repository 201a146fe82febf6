/// NewsGraph as one module: `import NewsGraph` brings every stage.
///
/// The stages are targets of their own, so the compiler checks that each imports only what is upstream of it
/// (see "How it works" in the README). Code inside the package may import one stage directly.
@_exported import NewsGraphAudit
@_exported import NewsGraphCore
@_exported import NewsGraphEvaluation
@_exported import NewsGraphExport
@_exported import NewsGraphExtraction
@_exported import NewsGraphPipeline
@_exported import NewsGraphQuery
@_exported import NewsGraphReading
@_exported import NewsGraphRelations
@_exported import NewsGraphResolution
@_exported import NewsGraphStore
@_exported import NewsGraphText
