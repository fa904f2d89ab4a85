package cl

// LoadFrom loads the first of names, bypassing Load's once-per-process cache.
func LoadFrom(names ...string) (*Lib, error) {
	saved := libNames
	defer func() { libNames = saved }()
	libNames = names
	return load()
}
