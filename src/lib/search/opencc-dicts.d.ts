// opencc-js ships its dictionaries as plain modules (`"from to|from to|…"`) without typings of their own.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
