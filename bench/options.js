// The bench scripts' command-line options: `--name value` taken out of argv (what is left are the positional arguments).
export function optionReader(argv) {
  return (name, fallback) => {
    const i = argv.indexOf(name);
    if (i < 0) return fallback;
    const [value] = argv.splice(i, 2).slice(1);
    return value;
  };
}
