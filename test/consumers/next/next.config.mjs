// No configuration: the package works with Next.js' defaults (no `global` define, no transpilePackages).
export default {};
