/*
 * The ISO 4217 currencies whose minor unit is not 1/100, by exponent. A code is three letters,
 * so a match in these space-separated lists is always a whole code. The API's
 * `currencyExponent` and the widget's money formatting both read them from here.
 */
export const zeroDecimal = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
export const threeDecimal = 'BHD IQD JOD KWD LYD OMR TND';
export const fourDecimal = 'CLF UYW';
