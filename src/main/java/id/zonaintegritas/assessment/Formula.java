package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The formula of a numeric question, such as
 * {@code min(1,jumlah_perubahan/jumlah_agen_perubahan)}: numbers, named inputs,
 * {@code + - * /}, brackets, {@code min} and {@code max}. It is evaluated in exact
 * decimal arithmetic (34 significant digits for a quotient), never in floating point.
 * <p>
 * A ratio with nothing below the line is read as the instrument's explanations read it:
 * when nothing was due and nothing was done (0 / 0), nothing is missing, so the ratio is
 * 1; a decrease from nothing (a negative numerator over 0) is 0; anything done of nothing
 * due (a positive numerator over 0) cannot be, and the inputs are refused (docs/lke.md).
 */
public final class Formula {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	private final String text;

	private final Node root;

	private Formula(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/**
	 * @param text the formula, without {@code value=}
	 * @return the parsed formula
	 * @throws IllegalArgumentException if it is not one
	 */
	public static Formula parse(String text) {
		Parser parser = new Parser(text);
		Node root = parser.expression();
		parser.skipBlanks();
		if (parser.position != text.length()) {
			throw new IllegalArgumentException(
					"unexpected '" + text.charAt(parser.position) + "' at " + (parser.position + 1) + " in " + text);
		}
		return new Formula(text, root);
	}

	/** The names of the inputs the formula reads, in the order they first appear. */
	public Set<String> inputs() {
		Set<String> names = new LinkedHashSet<>();
		this.root.collect(names);
		return names;
	}

	/**
	 * @param inputs a value for every input the formula reads
	 * @return the value
	 * @throws UndefinedRatioException when something is divided by nothing
	 */
	public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
		return this.root.evaluate(inputs).stripTrailingZeros();
	}

	@Override
	public String toString() {
		return this.text;
	}

	/** A positive amount divided by zero: the inputs contradict each other. */
	public static final class UndefinedRatioException extends RuntimeException {

		private final Set<String> denominator;

		UndefinedRatioException(Set<String> denominator) {
			super("division by zero: " + denominator);
			this.denominator = denominator;
		}

		/** The inputs below the line, all zero. */
		public Set<String> denominator() {
			return this.denominator;
		}

	}

	private interface Node {

		BigDecimal evaluate(Map<String, BigDecimal> inputs);

		void collect(Set<String> names);

	}

	private record Number(BigDecimal value) implements Node {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			return this.value;
		}

		@Override
		public void collect(Set<String> names) {
		}

	}

	private record Input(String name) implements Node {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			BigDecimal value = inputs.get(this.name);
			if (value == null) {
				throw new IllegalArgumentException("no value for " + this.name);
			}
			return value;
		}

		@Override
		public void collect(Set<String> names) {
			names.add(this.name);
		}

	}

	private record Negation(Node operand) implements Node {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			return this.operand.evaluate(inputs).negate();
		}

		@Override
		public void collect(Set<String> names) {
			this.operand.collect(names);
		}

	}

	private record Operation(char operator, Node left, Node right) implements Node {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			BigDecimal a = this.left.evaluate(inputs);
			BigDecimal b = this.right.evaluate(inputs);
			return switch (this.operator) {
				case '+' -> a.add(b);
				case '-' -> a.subtract(b);
				case '*' -> a.multiply(b);
				default -> divide(a, b);
			};
		}

		private BigDecimal divide(BigDecimal a, BigDecimal b) {
			if (b.signum() != 0) {
				return a.divide(b, PRECISION);
			}
			if (a.signum() > 0) {
				Set<String> below = new LinkedHashSet<>();
				this.right.collect(below);
				throw new UndefinedRatioException(below);
			}
			return (a.signum() == 0) ? BigDecimal.ONE : BigDecimal.ZERO;
		}

		@Override
		public void collect(Set<String> names) {
			this.left.collect(names);
			this.right.collect(names);
		}

	}

	private record Call(String function, List<Node> arguments) implements Node {

		@Override
		public BigDecimal evaluate(Map<String, BigDecimal> inputs) {
			BigDecimal result = null;
			for (Node argument : this.arguments) {
				BigDecimal value = argument.evaluate(inputs);
				if (result == null
						|| ("min".equals(this.function) ? value.compareTo(result) < 0 : value.compareTo(result) > 0)) {
					result = value;
				}
			}
			return result;
		}

		@Override
		public void collect(Set<String> names) {
			this.arguments.forEach((argument) -> argument.collect(names));
		}

	}

	private static final class Parser {

		private final String text;

		private int position;

		Parser(String text) {
			this.text = text;
		}

		Node expression() {
			Node node = term();
			while (peek('+') || peek('-')) {
				char operator = this.text.charAt(this.position++);
				node = new Operation(operator, node, term());
			}
			return node;
		}

		Node term() {
			Node node = factor();
			while (peek('*') || peek('/')) {
				char operator = this.text.charAt(this.position++);
				node = new Operation(operator, node, factor());
			}
			return node;
		}

		Node factor() {
			skipBlanks();
			if (this.position >= this.text.length()) {
				throw new IllegalArgumentException("the formula ends too early: " + this.text);
			}
			char c = this.text.charAt(this.position);
			if (c == '-') {
				this.position++;
				return new Negation(factor());
			}
			if (c == '(') {
				this.position++;
				Node inner = expression();
				expect(')');
				return inner;
			}
			if (Character.isDigit(c) || c == '.') {
				int start = this.position;
				while (this.position < this.text.length() && (Character.isDigit(this.text.charAt(this.position))
						|| this.text.charAt(this.position) == '.')) {
					this.position++;
				}
				return new Number(new BigDecimal(this.text.substring(start, this.position)));
			}
			if (Character.isLetter(c) || c == '_') {
				int start = this.position;
				while (this.position < this.text.length() && (Character.isLetterOrDigit(this.text.charAt(this.position))
						|| this.text.charAt(this.position) == '_')) {
					this.position++;
				}
				String name = this.text.substring(start, this.position);
				if (peek('(')) {
					if (!name.equals("min") && !name.equals("max")) {
						throw new IllegalArgumentException("unknown function " + name + " in " + this.text);
					}
					this.position++;
					List<Node> arguments = new ArrayList<>();
					arguments.add(expression());
					while (peek(',')) {
						this.position++;
						arguments.add(expression());
					}
					expect(')');
					return new Call(name, arguments);
				}
				return new Input(name);
			}
			throw new IllegalArgumentException("unexpected '" + c + "' at " + (this.position + 1) + " in " + this.text);
		}

		boolean peek(char c) {
			skipBlanks();
			return this.position < this.text.length() && this.text.charAt(this.position) == c;
		}

		void expect(char c) {
			if (!peek(c)) {
				throw new IllegalArgumentException(
						"'" + c + "' expected at " + (this.position + 1) + " in " + this.text);
			}
			this.position++;
		}

		void skipBlanks() {
			while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
				this.position++;
			}
		}

	}

}
