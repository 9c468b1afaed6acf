from .placeholder import PlaceholderPage as ReviewPage
