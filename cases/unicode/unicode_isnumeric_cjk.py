print('\u4e00\u4e8c\u4e09'.isnumeric(), '\u5341'.isnumeric(), '\u4e00'.isdigit(), '\u4e00'.isalpha(), '\u96f6'.isnumeric(), '\u842c'.isnumeric())
