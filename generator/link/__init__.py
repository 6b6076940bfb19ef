"""The link stage: grouping articles into stories and finding related articles."""
