"""Court records: CourtListener and Caselaw Access Project loaders, bulk CSV, export."""
