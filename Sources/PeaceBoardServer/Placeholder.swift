import OpenAPIRuntime
struct PlaceholderAPI {}
