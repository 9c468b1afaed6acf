from .placeholder import PlaceholderPage as ReportPage
