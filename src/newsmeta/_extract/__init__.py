"""The extraction engine: page -> sources -> merge -> Article."""
